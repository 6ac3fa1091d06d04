package org.jiuzhu.matching.offer;

import java.util.Locale;

/** The part of a day a volunteer slot covers. */
public enum DayPart {
    MORNING, AFTERNOON, EVENING;

    public String messageKey() {
        return "matching.offer.part." + name().toLowerCase(Locale.ROOT);
    }
}
