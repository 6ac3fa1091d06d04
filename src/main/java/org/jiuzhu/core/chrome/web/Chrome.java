package org.jiuzhu.core.chrome.web;

/**
 * What the layout needs on every page: language, display mode (standard or 长辈版), CSRF token, who is logged in, and which navigation applies.
 * {@code idleSeconds}: how long a session lasts unused, for the warning before it ends. Built per request by
 * {@link ChromeFactory}; templates only print it.
 */
public record Chrome(String lang, String csrfField, String csrfToken, boolean authenticated, String userLabel,
                     String roleKey, boolean adminArea, boolean charity, boolean demo, String path, String otherLang, String otherLangTag,
                     boolean elder, long idleSeconds) {
}
