package org.jiuzhu.core.account.web;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record PasswordForm(String currentPassword, String newPassword, String passwordConfirmation, String csrfToken) {
}
