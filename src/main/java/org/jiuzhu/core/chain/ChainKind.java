package org.jiuzhu.core.chain;

import java.util.Locale;

/** What kind of aid an entry records. */
public enum ChainKind {
    /** The county approved the household's categories and monthly amounts. */
    APPROVAL,
    /** A small amount paid at once on an emergency request, paperwork after (先行救助). */
    EMERGENCY_AID,
    /** Dibao continues for the taper months after employment lifted the income (渐退期). */
    TAPER,
    /** The household left the rolls after a review. */
    EXIT,
    /** A charity or volunteer delivered aid the resident accepted through matching (慈善帮扶). */
    CHARITY,
    /** A department put aid in place on a referral from monitoring (转办落实). */
    REFERRAL;

    public String messageKey() {
        return "core.chain.kind." + name().toLowerCase(Locale.ROOT);
    }
}
