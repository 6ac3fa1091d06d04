package org.jiuzhu.admin.settings.web;

import java.util.List;
import java.util.Map;

/** The models of the regional settings pages. */
public final class SettingsPages {

    private SettingsPages() {
    }

    public record ListPage(List<Row> rows, boolean mayPublish, Long published) {
    }

    public record Row(long version, String regionName, String effectiveFrom, boolean inEffect, String urban,
                      String rural, String multiplier, String disposableIncome, String rigidMultiplier,
                      String assetLimit, int taperMonths, int validityMonths, int publicityDays) {
    }

    public record FormPage(SettingsForm values, List<Region> regions, Map<String, String> errors) {
    }

    public record Region(String code, String name, boolean selected) {
    }
}
