package org.jiuzhu.matching;

import java.util.Locale;

/** An age shown to charities only as a band, never as a birth date or an exact age. */
public enum AgeBand {
    UNDER_6(0), CHILD(6), TEEN(12), ADULT(18), MIDDLE_AGED(45), SIXTIES(60), SEVENTIES(70), EIGHTY_PLUS(80);

    private final int from;

    AgeBand(int from) {
        this.from = from;
    }

    public static AgeBand of(int age) {
        AgeBand band = UNDER_6;
        for (AgeBand candidate : values()) {
            if (age >= candidate.from) {
                band = candidate;
            }
        }
        return band;
    }

    public String messageKey() {
        return "matching.ageBand." + name().toLowerCase(Locale.ROOT);
    }
}
