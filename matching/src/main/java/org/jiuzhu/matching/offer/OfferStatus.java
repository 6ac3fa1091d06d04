package org.jiuzhu.matching.offer;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Only published offers are searched and matched; a paused one keeps its matches but takes no new ones. */
public enum OfferStatus {
    DRAFT, PUBLISHED, PAUSED, CLOSED;

    private static final Map<OfferStatus, Set<OfferStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(PUBLISHED, CLOSED),
            PUBLISHED, EnumSet.of(PAUSED, CLOSED),
            PAUSED, EnumSet.of(PUBLISHED, CLOSED),
            CLOSED, EnumSet.noneOf(OfferStatus.class));

    public boolean mayBecome(OfferStatus next) {
        return NEXT.get(this).contains(next);
    }

    public String messageKey() {
        return "matching.offer.status." + name().toLowerCase(Locale.ROOT);
    }
}
