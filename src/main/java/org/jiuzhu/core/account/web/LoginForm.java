package org.jiuzhu.core.account.web;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record LoginForm(String username, String password, String csrfToken, String next) {
}
