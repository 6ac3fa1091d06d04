package org.jiuzhu.core.limit;

import java.time.Duration;

/** This address has sent the form as often as it may this hour; nothing of this submission was kept. */
public class TooManySubmissions extends RuntimeException {

    private final transient AnonymousForm form;
    private final transient Duration retryAfter;

    TooManySubmissions(AnonymousForm form, Duration retryAfter) {
        super(form.name() + " refused for " + retryAfter.toSeconds() + " s", null, false, false);
        this.form = form;
        this.retryAfter = retryAfter;
    }

    public AnonymousForm form() {
        return form;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
