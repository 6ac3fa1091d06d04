package org.jiuzhu.admin.dashboard.web;

import jakarta.inject.Singleton;
import org.jiuzhu.core.application.ApplicationStatus;
import org.jiuzhu.core.chrome.Messages;
import org.jiuzhu.core.complaint.ComplaintType;
import org.jiuzhu.core.eligibility.Category;
import org.jiuzhu.core.monitoring.WarningKind;
import org.jiuzhu.core.report.RegionFigures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns the region's figures into the dashboard's tables, with the labels in the reader's language. */
@Singleton
class DashboardTables {

    private final Messages messages;

    DashboardTables(Messages messages) {
        this.messages = messages;
    }

    List<DashboardPage.Table> of(RegionFigures.Figures f, Locale locale) {
        List<DashboardPage.Table> tables = new ArrayList<>();
        tables.add(table("stages", "admin.dashboard.stages", List.of("admin.dashboard.stage", "admin.dashboard.count"),
                f.byStage(), key -> label(ApplicationStatus.valueOf(key).messageKey(), locale), 0, true));
        tables.add(table("categories", "admin.dashboard.categories", List.of("admin.dashboard.category",
                "admin.dashboard.households"), f.byCategory(), key -> label(category(key), locale), 0, true));
        tables.add(table("months", "admin.dashboard.months", List.of("admin.dashboard.month",
                "admin.dashboard.count"), f.byMonth(), key -> key, 0, true));
        tables.add(days(f.daysPerStage(), locale));
        tables.add(table("warnings", "admin.dashboard.warnings", List.of("admin.dashboard.kind", "admin.dashboard.red",
                "admin.dashboard.orange", "admin.dashboard.yellow"), f.warnings(),
                key -> label(WarningKind.valueOf(key).messageKey(), locale), 0, false));
        tables.add(table("referrals", "admin.dashboard.referrals", List.of("admin.dashboard.department",
                "admin.dashboard.open", "admin.dashboard.overdue"), f.referrals(),
                key -> label("core.department." + key.toLowerCase(Locale.ROOT), locale), 0, false));
        tables.add(table("complaints", "admin.dashboard.complaints", List.of("admin.dashboard.complaintType",
                "admin.dashboard.count", "core.complaint.status.received", "core.complaint.status.dispatched",
                "core.complaint.status.handling", "core.complaint.status.replied", "core.complaint.status.closed",
                "admin.dashboard.overdue"), f.complaints(), key -> label(complaintType(key), locale), 0, true));
        tables.add(service(f.complaintService(), locale));
        return tables;
    }

    /** Replies by their deadline and satisfied ratings, as counts and shares, per type of complaint. */
    private DashboardPage.Table service(List<RegionFigures.Row> rows, Locale locale) {
        List<List<String>> cells = rows.stream().map(r -> List.of(label(complaintType(r.key()), locale),
                whole(r.values()[0]), share(r.values()[1], r.values()[0]), whole(r.values()[2]),
                share(r.values()[3], r.values()[2]))).toList();
        return new DashboardPage.Table("service", "admin.dashboard.service", List.of("admin.dashboard.complaintType",
                "admin.dashboard.replies", "admin.dashboard.repliedOnTime", "admin.dashboard.ratings",
                "admin.dashboard.satisfied"), cells, "");
    }

    private static String share(double part, double whole) {
        return whole == 0 ? "—" : Math.round(100 * part / whole) + "%";
    }

    private static String complaintType(String key) {
        return Arrays.stream(ComplaintType.values()).filter(t -> t.name().equals(key)).findFirst()
                .map(ComplaintType::messageKey).orElse(key);
    }

    /** Days per stage, and the share of stages left by their deadline where there was one. */
    private DashboardPage.Table days(List<RegionFigures.Row> rows, Locale locale) {
        List<List<String>> cells = rows.stream().map(r -> List.of(label(ApplicationStatus.valueOf(r.key())
                .messageKey(), locale), whole(r.values()[0]), String.format(Locale.ROOT, "%.1f", r.values()[1]),
                r.values()[3] == 0 ? "—" : Math.round(100 * r.values()[2] / r.values()[3]) + "%")).toList();
        return new DashboardPage.Table("days", "admin.dashboard.days", List.of("admin.dashboard.stage",
                "admin.dashboard.times", "admin.dashboard.averageDays", "admin.dashboard.onTime"), cells,
                chart(cells, 2));
    }

    private DashboardPage.Table table(String name, String titleKey, List<String> headers, List<RegionFigures.Row> rows,
                                      Function<String, String> label, int charted, boolean chart) {
        List<List<String>> cells = rows.stream().map(r -> {
            List<String> row = new ArrayList<>(List.of(label.apply(r.key())));
            Arrays.stream(r.values()).forEach(v -> row.add(whole(v)));
            return List.copyOf(row);
        }).toList();
        return new DashboardPage.Table(name, titleKey, headers, cells, chart ? chart(cells, charted + 1) : "");
    }

    /** {"labels":[...],"values":[...]} of one column, for the chart script. */
    private static String chart(List<List<String>> cells, int column) {
        return "{\"labels\":[" + cells.stream().map(r -> quoted(r.get(0))).collect(Collectors.joining(","))
                + "],\"values\":[" + cells.stream().map(r -> r.get(column)).collect(Collectors.joining(",")) + "]}";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String whole(double value) {
        return String.valueOf(Math.round(value));
    }

    private static String category(String key) {
        return Arrays.stream(Category.values()).filter(c -> c.name().equals(key)).findFirst()
                .map(Category::messageKey).orElse(key);
    }

    private String label(String key, Locale locale) {
        return messages.get(locale, key);
    }
}
