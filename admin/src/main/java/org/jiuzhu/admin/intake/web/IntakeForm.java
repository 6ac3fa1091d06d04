package org.jiuzhu.admin.intake.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The accept or return form: the note the resident reads (required when returning). */
@Serdeable
public record IntakeForm(@Nullable String note, @Nullable String csrfToken) {
}
