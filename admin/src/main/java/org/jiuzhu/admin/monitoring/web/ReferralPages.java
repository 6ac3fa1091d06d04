package org.jiuzhu.admin.monitoring.web;

import jakarta.inject.Singleton;
import org.jiuzhu.core.chrome.web.Formats;
import org.jiuzhu.core.eligibility.SpecialAid;
import org.jiuzhu.core.monitoring.Referral;
import org.jiuzhu.core.region.Regions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Records of the referral pages. */
@Singleton
public class ReferralPages {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Regions regions;
    private final Clock clock;

    ReferralPages(Regions regions, Clock clock) {
        this.regions = regions;
        this.clock = clock;
    }

    public record Row(long id, long warningId, String level, String levelKey, String kindKey, String ruleId,
                      String name, String region, String departmentKey, String statusKey, String deadline,
                      boolean overdue, boolean escalated) {
    }

    public record ListPage(List<Row> rows, String show) {
    }

    public record Choice(String value, String key) {
    }

    /** What the actor may do now: sign, return, report (the department); send again (the region's offices). */
    public record Actions(boolean sign, boolean giveBack, boolean report, boolean resend) {
    }

    public record DetailPage(Row referral, long version, String sentOn, String signedOn, String returnedReason,
                             String returnedOn, String aidKey, String aidAmount, String aidOn, String aidNote,
                             String reportedOn, Actions actions, List<Choice> aids, String today,
                             Map<String, String> errors, Map<String, String> typed, String noticeKey) {
    }

    Row row(Referral r) {
        return new Row(r.id(), r.warningId(), r.level().name().toLowerCase(Locale.ROOT), r.level().messageKey(),
                r.kind().messageKey(), r.ruleId(), r.maskedName(), regions.pathName(r.regionCode()),
                r.department().messageKey(), r.status().messageKey(), r.deadline().toString(), r.overdue(today()),
                r.escalatedAt() != null && r.status().open());
    }

    DetailPage detail(Referral r, Actions actions, Map<String, String> errors, Map<String, String> typed,
                      String noticeKey) {
        return new DetailPage(row(r), r.version(), Formats.date(r.sentAt()), date(r.signedAt()),
                r.returnedReason() == null ? "" : r.returnedReason(), date(r.returnedAt()),
                r.aidKind() == null ? null : "core.aid." + r.aidKind().toLowerCase(Locale.ROOT),
                r.aidAmount() == null ? "" : r.aidAmount().toPlainString(),
                r.aidOn() == null ? "" : r.aidOn().toString(), r.aidNote() == null ? "" : r.aidNote(),
                date(r.reportedAt()), actions, Arrays.stream(SpecialAid.values()).map(a -> new Choice(a.name(),
                a.messageKey())).toList(), today().toString(), errors, typed, noticeKey);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    private static String date(java.time.Instant instant) {
        return instant == null ? "" : Formats.date(instant);
    }
}
