package org.jiuzhu.matching;

import org.jiuzhu.core.eligibility.SpecialAid;

import java.util.Locale;

/** What a charity offers or a household needs; one vocabulary for both sides, so kinds match exactly. */
public enum AidKind {
    MEDICAL, EDUCATION, CARE, LIVING, HOUSING, EMPLOYMENT, COMPANIONSHIP, OTHER;

    public String messageKey() {
        return "matching.aidKind." + name().toLowerCase(Locale.ROOT);
    }

    /** The charity kind closest to an aid the household asked the government for. */
    public static AidKind of(SpecialAid aid) {
        return switch (aid) {
            case MEDICAL -> MEDICAL;
            case EDUCATION -> EDUCATION;
            case HOUSING -> HOUSING;
            case EMPLOYMENT -> EMPLOYMENT;
            case CARE_SERVICES -> CARE;
            case DISASTER, TEMPORARY -> LIVING;
            case OTHER -> OTHER;
        };
    }

    public static AidKind parse(String value) {
        for (AidKind kind : values()) {
            if (kind.name().equals(value)) {
                return kind;
            }
        }
        return null;
    }
}
