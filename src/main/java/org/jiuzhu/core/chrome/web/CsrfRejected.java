package org.jiuzhu.core.chrome.web;

/** A state-changing request without a valid CSRF token. Answered with a 403 page, never processed. */
public class CsrfRejected extends RuntimeException {

    public CsrfRejected() {
        super("CSRF token missing or invalid", null, false, false);
    }
}
