package org.jiuzhu.core.application;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The stages of DOMAIN §4 and which may follow which. A resident may withdraw until the county decides; a returned
 * application goes back to the resident and is submitted again. After approval, reviews keep the household in
 * payment, taper it (渐退) or end the aid (EXITED).
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED, VERIFICATION, HOME_VISIT, APPRAISAL, PUBLICITY, APPROVED, REFUSED,
    IN_PAYMENT, TAPER, EXITED, WITHDRAWN;

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> NEXT = Map.ofEntries(
            Map.entry(DRAFT, EnumSet.of(SUBMITTED)),
            Map.entry(SUBMITTED, EnumSet.of(ACCEPTED, RETURNED, WITHDRAWN)),
            Map.entry(RETURNED, EnumSet.of(SUBMITTED, WITHDRAWN)),
            Map.entry(ACCEPTED, EnumSet.of(VERIFICATION, RETURNED, WITHDRAWN)),
            Map.entry(VERIFICATION, EnumSet.of(HOME_VISIT, REFUSED, WITHDRAWN)),
            Map.entry(HOME_VISIT, EnumSet.of(APPRAISAL, REFUSED, WITHDRAWN)),
            Map.entry(APPRAISAL, EnumSet.of(PUBLICITY, REFUSED, WITHDRAWN)),
            Map.entry(PUBLICITY, EnumSet.of(APPROVED, REFUSED, WITHDRAWN)),
            Map.entry(APPROVED, EnumSet.of(IN_PAYMENT, TAPER, EXITED)),
            Map.entry(REFUSED, EnumSet.noneOf(ApplicationStatus.class)),
            Map.entry(IN_PAYMENT, EnumSet.of(TAPER, EXITED)),
            Map.entry(TAPER, EnumSet.of(EXITED)),
            Map.entry(EXITED, EnumSet.noneOf(ApplicationStatus.class)),
            Map.entry(WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class)));

    public boolean mayBecome(ApplicationStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Still being handled or in payment: its members hold their "one person, one record" place. */
    public boolean open() {
        return this != DRAFT && this != REFUSED && this != WITHDRAWN && this != EXITED;
    }

    /** The resident may change the contents: before the first submission and after a return. */
    /** Approved and not ended: the household receives aid, is reviewed, and reports changes. */
    public boolean receivingAid() {
        return this == APPROVED || this == IN_PAYMENT || this == TAPER;
    }

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public String messageKey() {
        return "core.application.status." + name().toLowerCase(Locale.ROOT);
    }
}
