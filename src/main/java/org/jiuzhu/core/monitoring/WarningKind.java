package org.jiuzhu.core.monitoring;

import java.util.Locale;

/** The five dispositions of DOMAIN §3.8, each handled its own way. */
public enum WarningKind {
    /** Aid the person is entitled to is not in place: the owning department is asked to put it in place. */
    ENTITLED_MISSING(Handling.REFERRAL),
    /** A new hardship appeared: pushed to the owning department. */
    NEW_HARDSHIP(Handling.REFERRAL),
    /** Someone outside the rolls may qualify: told the policy and how to apply, and intake starts. */
    MAY_QUALIFY(Handling.INFORM),
    /** Circumstances improved, the household may no longer qualify: the deciding office reviews it. */
    IMPROVED(Handling.REVIEW),
    /** Several signals at once: the county case conference (一事一议). */
    COMPLEX(Handling.CONFERENCE);

    /** Who a warning of this kind goes to. */
    public enum Handling {
        REFERRAL, INFORM, REVIEW, CONFERENCE;

        public String messageKey() {
            return "core.warning.handling." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Handling handling;

    WarningKind(Handling handling) {
        this.handling = handling;
    }

    public Handling handling() {
        return handling;
    }

    public String messageKey() {
        return "core.warning.kind." + name().toLowerCase(Locale.ROOT);
    }
}
