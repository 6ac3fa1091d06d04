package org.jiuzhu.core.account.web;

import io.micronaut.serde.annotation.Serdeable;

/** A form whose only field is its CSRF token, such as the logout button. */
@Serdeable
record CsrfOnlyForm(String csrfToken) {
}
