package org.jiuzhu.portal.registration.web;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record RegistrationForm(String name, String phone, String idNumber, String regionCode, String password,
                        String passwordConfirmation, String csrfToken) {
}
