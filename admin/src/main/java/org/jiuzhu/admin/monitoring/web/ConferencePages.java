package org.jiuzhu.admin.monitoring.web;

import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.monitoring.Conference;
import org.jiuzhu.core.monitoring.Warning;
import org.jiuzhu.core.region.Regions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Records of the case conference pages. */
@Singleton
public class ConferencePages {

    private final WarningPages warnings;
    private final Regions regions;

    ConferencePages(WarningPages warnings, Regions regions) {
        this.warnings = warnings;
        this.regions = regions;
    }

    public record Case(WarningPages.Row warning, List<String> reasons, String decision, String followUp,
                       String followUpDepartmentKey, String followUpDue, Long referralId, boolean decided) {
    }

    public record Row(long id, String heldOn, String place, String region, boolean held, int cases) {
    }

    public record Choice(String value, String key) {
    }

    public record ListPage(List<Row> conferences, List<Case> awaiting, String today, String caseField,
                           Map<String, String> errors, Map<String, String> typed) {
    }

    public record DetailPage(long id, String heldOn, String place, String participants, String region, boolean held,
                             List<Case> cases, List<Choice> departments, String today, Map<String, String> errors,
                             Map<String, String> typed, String noticeKey) {
    }

    ListPage list(List<Conference> conferences, List<Warning> awaiting, Locale locale, Map<String, String> errors,
                  Map<String, String> typed) {
        return new ListPage(conferences.stream().map(c -> new Row(c.id(), c.heldOn().toString(), c.place(),
                regions.pathName(c.regionCode()), c.held(), c.items().size())).toList(),
                awaiting.stream().map(w -> pending(w, locale)).toList(), today(), ConferenceController.CASE,
                errors, typed);
    }

    DetailPage detail(Conference c, Locale locale, Map<String, String> errors, Map<String, String> typed,
                      String noticeKey) {
        return new DetailPage(c.id(), c.heldOn().toString(), c.place(), c.participants(),
                regions.pathName(c.regionCode()), c.held(), c.items().stream().map(i -> new Case(
                warnings.row(i.warning()), reasons(i.warning(), locale), i.decision(), i.followUp(),
                i.followUpDepartment() == null ? null : i.followUpDepartment().messageKey(),
                i.followUpDue() == null ? null : i.followUpDue().toString(), i.referralId(), i.decided())).toList(),
                Arrays.stream(Department.values()).map(d -> new Choice(d.name(), d.messageKey())).toList(), today(),
                errors, typed, noticeKey);
    }

    private Case pending(Warning w, Locale locale) {
        return new Case(warnings.row(w), reasons(w, locale), null, null, null, null, null, false);
    }

    private List<String> reasons(Warning w, Locale locale) {
        return w.reasons().stream().map(r -> warnings.text(r, locale)).toList();
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }
}
