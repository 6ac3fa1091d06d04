package org.jiuzhu.core.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Two regions' settings for the rule tests. The standards, incomes and asset limits are illustrative, not the
 * published figures; the multipliers are the seeds' (k = 1.5 in Linfen, 2 in Guangxi; rigid expense 2 x standard).
 */
final class Settings {

    static final RegionalSettings LINFEN = new RegionalSettings(3, "141000", LocalDate.of(2024, 1, 1),
            new BigDecimal("760"), new BigDecimal("620"), new BigDecimal("1.5"), new BigDecimal("28000"),
            new BigDecimal("2"), new BigDecimal("30000"), 6, 6, 7);

    static final RegionalSettings GUANGXI = new RegionalSettings(7, "450000", LocalDate.of(2024, 7, 1),
            new BigDecimal("830"), new BigDecimal("560"), new BigDecimal("2"), new BigDecimal("26000"),
            new BigDecimal("2"), new BigDecimal("20000"), 6, 6, 7);

    private Settings() {
    }

    /** Both regions, urban and rural: the four standards a boundary test should hold at. */
    static Stream<Place> places() {
        return Stream.of(new Place("Linfen", LINFEN, true), new Place("Linfen", LINFEN, false),
                new Place("Guangxi", GUANGXI, true), new Place("Guangxi", GUANGXI, false));
    }

    static Stream<RegionalSettings> regions() {
        return Stream.of(LINFEN, GUANGXI);
    }

    record Place(String name, RegionalSettings settings, boolean urban) {

        BigDecimal standard() {
            return settings.dibaoStandard(urban);
        }

        /** A household of the given people here, urban or rural as the place is. */
        Households.Builder household(Households.Person... people) {
            return urban ? Households.urban(people) : Households.rural(people);
        }

        @Override
        public String toString() {
            return name + (urban ? " urban" : " rural");
        }
    }
}
