package org.jiuzhu.admin.intake.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The accept or return form: the note the resident reads (required when returning). */
@Serdeable
public record IntakeForm(@Nullable String note, @Nullable String version, @Nullable String csrfToken) {

    /** The version the caseworker saw; -1 (never matching) when missing or unreadable. */
    long seenVersion() {
        try {
            return version == null ? -1 : Long.parseLong(version);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
