package org.jiuzhu.core.limit;

import java.util.Locale;

/** A form sent without an account, each with its own hourly allowance per address (application.yml). */
public enum AnonymousForm {

    RESIDENT_REGISTRATION,
    ORGANIZATION_REGISTRATION,
    EMERGENCY,
    COMPLAINT,
    OBJECTION,
    /** A login refused for a wrong name or password (or a locked name): password spraying across many names. */
    FAILED_LOGIN;

    /** Its name in the configuration: {@code jiuzhu.limits.per-hour.<key>}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
