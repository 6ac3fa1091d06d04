package org.jiuzhu.core.account.web;

import java.util.Map;

/** The change-password form; {@code errors} maps a field to the message key of its problem. */
public record PasswordPage(int minimumLength, Map<String, String> errors) {
}
