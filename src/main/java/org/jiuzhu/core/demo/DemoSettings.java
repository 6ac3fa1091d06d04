package org.jiuzhu.core.demo;

import org.jiuzhu.core.eligibility.RegionalSettings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Settings for the two demo counties. The amounts are illustrative; the multipliers are the seeds': 平安县 follows
 * Linfen (marginal below 1.5 x standard), 长宁县 follows Guangxi (below 2 x standard), so the demo shows how the same
 * household can be marginal in one county and not in the other.
 */
final class DemoSettings {

    private DemoSettings() {
    }

    static List<RegionalSettings> all() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        return List.of(
                new RegionalSettings(0, DemoRegions.COUNTY_PINGAN, from, money("760"), money("620"), money("1.5"),
                        money("28000"), money("2"), money("30000"), 6, 6, 7),
                new RegionalSettings(0, DemoRegions.COUNTY_CHANGNING, from, money("830"), money("560"), money("2"),
                        money("26000"), money("2"), money("20000"), 6, 6, 7));
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }
}
