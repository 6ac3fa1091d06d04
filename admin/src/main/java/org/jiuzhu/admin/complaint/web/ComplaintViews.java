package org.jiuzhu.admin.complaint.web;

import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.chrome.web.Formats;
import org.jiuzhu.core.complaint.Complaint;
import org.jiuzhu.core.complaint.ComplaintDesk;
import org.jiuzhu.core.complaint.ComplaintEvidence;
import org.jiuzhu.core.complaint.ComplaintStatus;
import org.jiuzhu.core.complaint.Dispatch;
import org.jiuzhu.core.complaint.Extensions;
import org.jiuzhu.core.complaint.Offices;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the staff complaint pages: what each reader sees and which steps their role and the stage allow. */
@Singleton
class ComplaintViews {

    /** An office as printed, with the key forms send. */
    public record OfficeName(String key, String regionName, String kindKey) {
        static OfficeName of(Offices.Named named) {
            return named == null ? null : new OfficeName(named.key(), named.regionName(), named.kindKey());
        }
    }

    public record Row(long id, String code, String typeKey, String statusKey, String regionName, String receivedAt,
               boolean urgent, OfficeName office, String dueOn, boolean overdue, boolean extensionPending,
               boolean escalated) {
    }

    public record ListPage(List<Row> rows, String show, boolean dispatcher, boolean hotline, int page, boolean more) {
    }

    public record Line(String at, String kindKey, OfficeName office, String note, boolean shownToComplainant) {
    }

    public record Extension(int days, String reason, String requestedAt, String stateKey, String decisionNote) {
    }

    public record Evidence(long id, String name, String mediaType, long kilobytes) {
    }

    public record Choice(String value, String labelKey) {
    }

    /** The steps the reader may take now; each is shown only when true. */
    public record Steps(boolean dispatch, boolean sign, boolean reply, boolean askExtension, boolean decideExtension,
                 boolean followUp, boolean revealPhone) {
    }

    public record DetailPage(long id, String code, long pendingExtensionId, String channelKey, String typeKey, String statusKey, String regionName,
                      String text, boolean urgent, boolean wantsReply, boolean identityWithheld, boolean linked,
                      String contactName, String contactPhone, String revealedPhone, String callAt,
                      OfficeName subject, String subjectPerson, OfficeName office, String receivedAt,
                      String dueOn, boolean overdue, String reply, String satisfactionKey, boolean reopened,
                      long version, List<Line> lines, List<Extension> extensions, List<Evidence> evidence,
                      Steps steps, List<OfficeName> offices, List<Choice> followUps, int maxExtensionDays,
                      Map<String, String> errors, Map<String, String> typed, String done) {
    }

    private final Offices offices;
    private final Clock clock;

    ComplaintViews(Offices offices, Clock clock) {
        this.offices = offices;
        this.clock = clock;
    }

    ListPage list(Actor actor, List<Complaint> complaints, java.util.Set<Long> extensionsPending,
                  ComplaintDesk.Show show, int page) {
        LocalDate today = today();
        boolean dispatcher = ComplaintDesk.dispatches(actor);
        List<Row> rows = complaints.stream().map(c -> new Row(c.id(), dispatcher ? c.trackingCode() : "",
                c.type().messageKey(),
                c.status().messageKey(), c.regionName(), Formats.dateTime(c.receivedAt()), c.urgent(),
                OfficeName.of(c.office()), c.dueOn() == null ? "" : c.dueOn().toString(), c.overdue(today),
                extensionsPending.contains(c.id()), c.escalatedAt() != null)).toList();
        return new ListPage(rows, show.name().toLowerCase(Locale.ROOT), ComplaintDesk.dispatches(actor),
                actor.is(Role.OPERATOR, Role.SUPERVISOR), page, complaints.size() == ComplaintDesk.PAGE);
    }

    DetailPage detail(Actor actor, ComplaintDesk.Detail detail, String revealedPhone, Map<String, String> errors,
                      Map<String, String> typed, String done) {
        Complaint c = detail.complaint();
        boolean dispatcher = ComplaintDesk.dispatches(actor);
        boolean handler = c.office() != null && c.office().office().staffedBy(actor);
        Steps steps = new Steps(dispatcher && c.status() == ComplaintStatus.RECEIVED,
                handler && c.status() == ComplaintStatus.DISPATCHED,
                handler && c.status() == ComplaintStatus.HANDLING,
                handler && c.status() == ComplaintStatus.HANDLING && !detail.extensionPending(),
                Extensions.decides(actor) && c.status() == ComplaintStatus.HANDLING && detail.extensionPending(),
                dispatcher && c.status() == ComplaintStatus.REPLIED,
                !c.identityWithheld() && !c.contactPhone().isEmpty() && revealedPhone.isEmpty());
        List<OfficeName> choices = steps.dispatch()
                ? offices.handling(c.regionCode()).stream().map(OfficeName::of).toList() : List.of();
        long pendingExtension = detail.extensions().stream().filter(x -> x.state().equals("PENDING"))
                .mapToLong(ComplaintDesk.Extension::id).findFirst().orElse(-1);
        // The tracking code is the complainant's key; only those who talk to complainants see it.
        return new DetailPage(c.id(), dispatcher ? c.trackingCode() : "", pendingExtension, c.channel().messageKey(), c.type().messageKey(),
                c.status().messageKey(), c.regionName(), c.text(), c.urgent(), c.wantsReply(), c.identityWithheld(),
                c.linkedToAccount(), c.contactName(), c.contactPhone(), revealedPhone,
                c.callAt() == null ? "" : Formats.dateTime(c.callAt()), OfficeName.of(c.subject()),
                c.subjectPerson(), OfficeName.of(c.office()), Formats.dateTime(c.receivedAt()),
                c.dueOn() == null ? "" : c.dueOn().toString(), c.overdue(today()), c.reply(),
                c.satisfaction() == null ? "" : c.satisfaction().messageKey(), c.reopened(), c.version(),
                detail.events().stream().map(e -> new Line(Formats.dateTime(e.at()), e.messageKey(),
                        OfficeName.of(e.office()), e.note(), e.shownToComplainant())).toList(),
                detail.extensions().stream().map(x -> new Extension(x.days(), x.reason(),
                        Formats.dateTime(x.requestedAt()), x.messageKey(), x.decisionNote())).toList(),
                detail.evidence().stream().map(ComplaintViews::evidence).toList(), steps, choices,
                Arrays.stream(Dispatch.FollowUp.values()).map(f -> new Choice(f.name(),
                        "admin.complaint.followUp." + f.name().toLowerCase(Locale.ROOT))).toList(),
                org.jiuzhu.core.complaint.Handling.MAX_EXTENSION_DAYS, errors, typed, done);
    }

    private static Evidence evidence(ComplaintEvidence.Item item) {
        return new Evidence(item.id(), item.name(), item.mediaType(), Math.max(1, item.size() / 1024));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    }
}
