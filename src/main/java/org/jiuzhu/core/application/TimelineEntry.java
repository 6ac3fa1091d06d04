package org.jiuzhu.core.application;

import java.time.Instant;
import java.time.LocalDate;

/** One stage reached: when, which office, the note the resident reads, and the next deadline if any. */
public record TimelineEntry(Instant at, ApplicationStatus status, String officeRegion, String note, LocalDate deadline) {
}
