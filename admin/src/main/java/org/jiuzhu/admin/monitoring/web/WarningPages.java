package org.jiuzhu.admin.monitoring.web;

import jakarta.inject.Singleton;
import org.jiuzhu.admin.monitoring.Condition;
import org.jiuzhu.admin.monitoring.Rule;
import org.jiuzhu.admin.monitoring.Rules;
import org.jiuzhu.core.chrome.Messages;
import org.jiuzhu.core.chrome.web.Formats;
import org.jiuzhu.core.monitoring.Reason;
import org.jiuzhu.core.monitoring.Visit;
import org.jiuzhu.core.monitoring.Warning;
import org.jiuzhu.core.monitoring.Warnings;
import org.jiuzhu.core.region.Regions;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Records of the warning pages; reasons are written out here so that templates only print. */
@Singleton
public class WarningPages {

    private final Messages messages;
    private final Regions regions;

    WarningPages(Messages messages, Regions regions) {
        this.messages = messages;
        this.regions = regions;
    }

    /** The filters as chosen, for the form to show them again. */
    public record Chosen(String status, String level, String kind, String rule) {
    }

    public record Row(long id, String level, String levelKey, String kindKey, String ruleId, String name, String idNumber,
               String region, String departmentKey, String raisedOn, boolean open, String outcomeKey) {
    }

    public record ListPage(List<Row> rows, Chosen chosen, List<String> ruleIds, boolean mayVisit, String noticeKey) {
    }

    public record DetailPage(Row warning, String handlingKey, List<String> reasons, String ruleDescription,
                      Long applicationId, boolean opensApplication, Long referralId, String outcomeNote, String closedOn, boolean maySettle,
                      boolean mayVisit, List<VisitRow> visits, String today, Map<String, String> errors,
                      Map<String, String> typed, String noticeKey) {
    }

    /** A home visit on the warning's page. */
    public record VisitRow(String on, String visitors, String findings, String findingKey) {
    }

    public record RuleRow(String id, String description, String listKey, String whoKey, List<String> conditions,
                   String missingAidKey, String kindKey, String level, String levelKey, String departmentKey,
                   boolean enabled, boolean switchable, long open, long confirmed, long falseAlarms,
                   String precision) {
    }

    public record RulesPage(List<RuleRow> rules, boolean maySwitch, String noticeKey) {
    }

    Row row(Warning w) {
        return new Row(w.id(), w.level().name().toLowerCase(Locale.ROOT), w.level().messageKey(),
                w.kind().messageKey(), w.ruleId(), w.maskedName(), w.maskedIdNumber(),
                regions.pathName(w.regionCode()), w.department().messageKey(), Formats.date(w.raisedAt()), w.open(),
                w.outcome() == null ? null : w.outcome().messageKey());
    }

    /** {@code readsApplications}: whether the actor may open the application the warning links to. */
    DetailPage detail(Warning w, Locale locale, boolean maySettle, boolean readsApplications,
                      boolean opensApplication, Long referralId,
                      boolean mayVisit, List<Visit> visits, Map<String, String> errors, Map<String, String> typed,
                      String noticeKey) {
        return new DetailPage(row(w), w.kind().handling().messageKey(),
                w.reasons().stream().map(r -> text(r, locale)).toList(),
                messages.get(locale, "admin.rule." + w.ruleId()), readsApplications ? w.applicationId() : null,
                opensApplication, referralId,
                w.outcomeNote() == null ? "" : w.outcomeNote(), w.closedAt() == null ? "" : Formats.date(w.closedAt()),
                maySettle && w.open(), mayVisit && w.open(), visits.stream().map(v -> new VisitRow(
                        v.visitedOn().toString(), v.visitors(), v.findings(), v.finding().messageKey())).toList(),
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString(), errors, typed, noticeKey);
    }

    RuleRow rule(Rule r, Locale locale, boolean enabled, Warnings.Tally tally) {
        int precision = tally.precisionPercent();
        return new RuleRow(r.id(), messages.get(locale, r.messageKey()),
                r.list() == null ? null : r.list().messageKey(), r.who() == null ? null : r.who().messageKey(),
                r.id().equals(Rules.COMPLEX.id())
                        ? List.of(messages.get(locale, "admin.rule.condition.combined", Rules.COMBINED))
                        : r.conditions().stream().map(c -> condition(c, locale)).toList(),
                r.missingAid() == null ? null : "core.aid." + r.missingAid().toLowerCase(Locale.ROOT),
                r.kind().messageKey(), r.level().name().toLowerCase(Locale.ROOT), r.level().messageKey(),
                r.department().messageKey(), enabled, r != Rules.VISIT, tally.open(), tally.confirmed(),
                tally.falseAlarms(),
                precision < 0 ? "—" : precision + "%");
    }

    private String condition(Condition c, Locale locale) {
        return messages.get(locale, c.key(), c.args().toArray());
    }

    /** A reason in words: arguments written "@key" (several joined by commas) are messages themselves. */
    String text(Reason reason, Locale locale) {
        Object[] args = reason.args().stream().map(a -> a.startsWith("@") ? Arrays.stream(a.split(","))
                .map(k -> messages.get(locale, k.substring(1))).collect(Collectors.joining("、")) : a).toArray();
        return messages.get(locale, reason.key(), args);
    }
}
