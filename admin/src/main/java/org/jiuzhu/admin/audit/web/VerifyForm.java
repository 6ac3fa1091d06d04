package org.jiuzhu.admin.audit.web;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record VerifyForm(String csrfToken) {
}
