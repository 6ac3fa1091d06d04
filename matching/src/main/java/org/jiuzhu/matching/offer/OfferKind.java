package org.jiuzhu.matching.offer;

import java.util.Locale;

/** A charity project (money or goods for households in regions) or a volunteer service (people near a point). */
public enum OfferKind {
    PROJECT, VOLUNTEER;

    public String messageKey() {
        return "matching.offer.kind." + name().toLowerCase(Locale.ROOT);
    }
}
