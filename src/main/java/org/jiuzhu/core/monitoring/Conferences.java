package org.jiuzhu.core.monitoring;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.monitoring.persistence.ConferenceStore;
import org.jiuzhu.core.monitoring.persistence.ReferralStore;
import org.jiuzhu.core.monitoring.persistence.WarningStore;
import org.jiuzhu.core.privacy.FieldCipher;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The county case conference (一事一议): approvers and supervisors put open complex cases of their region on an
 * agenda with the day, place and participants, then record per case the decision and, when someone must act, the
 * follow-up: a department and a due day, sent to that department as a referral. A case decided without a follow-up
 * closes as confirmed; with one, it closes when the department reports the aid given. The conference is held once
 * every case on it is decided.
 */
@Singleton
public class Conferences {

    private static final String DECISION = "conference_item.decision";
    private static final String FOLLOW_UP = "conference_item.follow_up";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ConferenceStore.Conferences conferences;
    private final ConferenceStore.Items items;
    private final WarningStore warningStore;
    private final ReferralStore referralStore;
    private final Warnings warnings;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final Clock clock;

    Conferences(ConferenceStore.Conferences conferences, ConferenceStore.Items items, WarningStore warningStore,
                ReferralStore referralStore, Warnings warnings, FieldCipher cipher, AuditLog audit, Clock clock) {
        this.conferences = conferences;
        this.items = items;
        this.warningStore = warningStore;
        this.referralStore = referralStore;
        this.warnings = warnings;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** The meeting: when, where, who. */
    public record Meeting(LocalDate on, String place, String participants) {
    }

    /** What the conference decided on one case; the follow-up parts are all given or all empty. */
    public record Decision(String text, String followUp, Department department, LocalDate due) {
    }

    public static boolean mayConvene(Actor actor) {
        return actor.is(Role.APPROVER, Role.SUPERVISOR, Role.ADMIN);
    }

    /** Open complex cases of the actor's region on no agenda yet. */
    @Transactional(readOnly = true)
    public List<Warning> awaiting(Actor actor) {
        return mayConvene(actor) ? warningStore.awaitingConference(actor.scope().likePattern()).stream()
                .map(r -> warnings.find(actor, r.id()).orElseThrow()).toList() : List.of();
    }

    @Transactional(readOnly = true)
    public List<Conference> of(Actor actor) {
        return mayConvene(actor) ? conferences.inScope(actor.scope().likePattern()).stream()
                .map(c -> conference(actor, c)).toList() : List.of();
    }

    @Transactional(readOnly = true)
    public Optional<Conference> find(Actor actor, long id) {
        return conferences.findById(id).filter(c -> mayConvene(actor) && actor.scope().contains(c.regionCode()))
                .map(c -> conference(actor, c));
    }

    /** Puts the chosen cases on a new agenda; answers its id, or the errors. */
    @Transactional
    public Result convene(Actor actor, Meeting meeting, List<Long> warningIds, FieldErrors errors, String ip) {
        text(meeting.place(), 200, "place", errors);
        text(meeting.participants(), 1000, "participants", errors);
        if (meeting.on() == null && !errors.has("on")) {
            errors.add("on", "core.form.error.date");
        }
        List<Long> cases = new ArrayList<>(new LinkedHashSet<>(warningIds));
        if (cases.isEmpty()) {
            errors.add("cases", "core.conference.error.cases");
        }
        for (long id : cases) {
            Optional<Warning> w = warnings.find(actor, id);
            if (w.isEmpty() || w.get().kind() != WarningKind.COMPLEX || !w.get().open() || items.onAgenda(id) > 0) {
                errors.add("cases", "core.conference.error.case");
            }
        }
        if (!mayConvene(actor) || !errors.isEmpty()) {
            return new Result(null, errors.isEmpty() ? errors.add("cases", "core.conference.error.case") : errors);
        }
        ConferenceStore.Conference saved = conferences.save(new ConferenceStore.Conference(null, actor.scope().code(),
                meeting.on(), meeting.place().strip(), meeting.participants().strip(), "PLANNED", actor.accountId(),
                clock.instant()));
        for (int i = 0; i < cases.size(); i++) {
            items.add(saved.id(), cases.get(i), i + 1);
        }
        audited(actor, "CONFERENCE_CONVENED", saved.id(), ip, "cases=" + cases.size());
        return new Result(saved.id(), errors);
    }

    /** The conference made, or why not. */
    public record Result(Long id, FieldErrors errors) {
    }

    /** Records the decision on one case of the agenda. */
    @Transactional
    public FieldErrors decide(Actor actor, long conferenceId, long warningId, Decision decision, FieldErrors errors,
                              String ip) {
        text(decision.text(), 1000, "decision", errors);
        boolean followUp = decision.followUp() != null && !decision.followUp().isBlank();
        if (followUp || decision.department() != null || decision.due() != null) {
            text(decision.followUp(), 1000, "followUp", errors);
            if (decision.department() == null) {
                errors.add("department", "core.conference.error.department");
            }
            if (decision.due() == null ? !errors.has("due") : decision.due().isBefore(LocalDate.now(clock.withZone(CHINA)))) {
                errors.add("due", "core.conference.error.due");
            }
        }
        Optional<Conference> conference = find(actor, conferenceId);
        Optional<Conference.Item> item = conference.flatMap(c -> c.items().stream()
                .filter(i -> i.warning().id() == warningId).findFirst());
        if (errors.isEmpty() && (item.isEmpty() || item.get().decided())) {
            errors.add("decision", "core.conference.error.decided");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Warning warning = item.get().warning();
        Long referral = followUp ? referralStore.sendTo(warningId, decision.department().name(), warning.regionCode(),
                decision.due(), clock.instant()) : null;
        items.decide(conferenceId, warningId, cipher.encrypt(decision.text().strip(), DECISION),
                followUp ? cipher.encrypt(decision.followUp().strip(), FOLLOW_UP) : null,
                followUp ? decision.department().name() : null, followUp ? decision.due() : null, referral,
                actor.accountId(), clock.instant());
        if (!followUp) {
            warningStore.close(warningId, Outcome.CONFIRMED.name(), "一事一议", actor.accountId(), clock.instant());
        }
        conferences.heldIfDecided(conferenceId);
        audited(actor, "CONFERENCE_DECIDED", conferenceId, ip, "warning=" + warningId
                + (referral == null ? "" : " referral=" + referral));
        return errors;
    }

    private static void text(String value, int max, String field, FieldErrors errors) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            errors.add(field, "core.conference.error." + field);
        }
    }

    private Conference conference(Actor actor, ConferenceStore.Conference c) {
        List<Conference.Item> agenda = items.of(c.id()).stream().flatMap(i -> warningStore.find(i.warningId())
                .flatMap(w -> warnings.find(actor, w.id())).map(w -> new Conference.Item(w,
                        i.decision() == null ? null : cipher.decrypt(i.decision(), DECISION),
                        i.followUp() == null ? null : cipher.decrypt(i.followUp(), FOLLOW_UP),
                        i.followUpDepartment() == null ? null : Department.valueOf(i.followUpDepartment()),
                        i.followUpDue(), i.referralId())).stream()).toList();
        return new Conference(c.id(), c.regionCode(), c.heldOn(), c.place(), c.participants(),
                "HELD".equals(c.status()), agenda);
    }

    private void audited(Actor actor, String action, long id, String ip, String detail) {
        audit.record(AuditEvent.of(actor.accountId(), actor.role().name(), action, AuditResult.SUCCESS, ip)
                .about("case_conference", id).saying(detail));
    }
}
