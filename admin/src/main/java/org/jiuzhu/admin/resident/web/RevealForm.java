package org.jiuzhu.admin.resident.web;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record RevealForm(String csrfToken) {
}
