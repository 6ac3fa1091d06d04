package org.jiuzhu.core.account.web;

/** The login form: what was typed (never the password), the refusal if any, and where to go afterwards. */
public record LoginPage(String username, String errorKey, String noticeKey, String next, long lockMinutes) {
}
