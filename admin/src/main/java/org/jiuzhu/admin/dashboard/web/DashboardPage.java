package org.jiuzhu.admin.dashboard.web;

import io.micronaut.core.annotation.Introspected;

import java.util.List;

/** The dashboard: a table per figure, each with the chart drawn from it and its CSV download. */
@Introspected
public record DashboardPage(String regionName, List<Table> tables) {

    /** A figure as a table; {@code chartJson} is what the chart script draws (empty: no chart). */
    @Introspected
    public record Table(String name, String titleKey, List<String> headerKeys, List<List<String>> rows,
                        String chartJson) {
    }
}
