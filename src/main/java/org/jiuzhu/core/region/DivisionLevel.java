package org.jiuzhu.core.region;

/** The levels of the administrative hierarchy, with how many leading code digits identify a division. */
public enum DivisionLevel {
    PROVINCE(2), CITY(4), COUNTY(6), TOWNSHIP(9), VILLAGE(12);

    private final int significantDigits;

    DivisionLevel(int significantDigits) {
        this.significantDigits = significantDigits;
    }

    public int significantDigits() {
        return significantDigits;
    }

    public String messageKey() {
        return "core.region.level." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
