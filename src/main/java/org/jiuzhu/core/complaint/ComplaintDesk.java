package org.jiuzhu.core.complaint;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.complaint.persistence.ComplaintStore;
import org.jiuzhu.core.complaint.persistence.EventStore;
import org.jiuzhu.core.complaint.persistence.ExtensionStore;
import org.jiuzhu.core.privacy.FieldCipher;
import org.jiuzhu.core.region.DivisionLevel;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What staff read of complaints: dispatchers (supervisors, hotline operators) everything in their region but
 * reports not yet dispatched, which only supervisors see; handling offices what was dispatched to them.
 */
@Singleton
public class ComplaintDesk {

    /** Which complaints a list shows. */
    public enum Show { OPEN, CLOSED, ALL }

    /** Complaints per page of a list. */
    public static final int PAGE = 100;

    /** One event of a complaint's history, with the office it concerned, if any. */
    public record Event(Instant at, String kind, Offices.Named office, String note, boolean shownToComplainant) {
        public String messageKey() {
            return "core.complaint.event." + kind.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A request for more time. */
    public record Extension(long id, int days, String reason, Instant requestedAt, String state, String decisionNote) {
        public String messageKey() {
            return "core.complaint.extension." + state.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Everything the detail page shows. */
    public record Detail(Complaint complaint, List<Event> events, List<Extension> extensions,
                         List<ComplaintEvidence.Item> evidence) {
        public boolean extensionPending() {
            return extensions.stream().anyMatch(e -> e.state().equals("PENDING"));
        }
    }

    private final ComplaintStore store;
    private final EventStore events;
    private final ExtensionStore extensions;
    private final ComplaintEvidence evidence;
    private final ComplaintViews views;
    private final FieldCipher cipher;
    private final AuditLog audit;

    ComplaintDesk(ComplaintStore store, EventStore events, ExtensionStore extensions, ComplaintEvidence evidence,
                  ComplaintViews views, FieldCipher cipher, AuditLog audit) {
        this.store = store;
        this.events = events;
        this.extensions = extensions;
        this.evidence = evidence;
        this.views = views;
        this.cipher = cipher;
        this.audit = audit;
    }

    public static boolean dispatches(Actor actor) {
        return ConflictOfInterest.dispatcher(actor);
    }

    /** The office the staff member works for, if they handle complaints at all. */
    public static Optional<Office> officeOf(Actor actor) {
        DivisionLevel level = actor.scope().level();
        if (actor.is(Role.DEPARTMENT) && actor.department() != null) {
            return Optional.of(new Office(actor.scope().code(), actor.department()));
        }
        if ((actor.is(Role.CASEWORKER) && level == DivisionLevel.TOWNSHIP)
                || (actor.is(Role.APPROVER) && level == DivisionLevel.COUNTY)) {
            return Optional.of(new Office(actor.scope().code(), null));
        }
        return Optional.empty();
    }

    static boolean readable(Actor actor, ComplaintStore.Row row) {
        boolean place = !dispatches(actor) || actor.scope().contains(row.regionCode());
        return place && ConflictOfInterest.mayRead(actor, row);
    }

    /** Page {@code page} (from 1): open complaints oldest first, as a queue is worked; closed ones newest first. */
    @Transactional(readOnly = true)
    public List<Complaint> list(Actor actor, Show show, int page) {
        boolean newest = show != Show.OPEN;
        int offset = (Math.max(page, 1) - 1) * PAGE;
        List<String> statuses = Arrays.stream(ComplaintStatus.values())
                .filter(s -> show == Show.ALL || (show == Show.OPEN) == s.open()).map(Enum::name).toList();
        List<ComplaintStore.Row> rows;
        if (dispatches(actor)) {
            rows = store.inRegion(actor.scope().likePattern(), statuses, actor.is(Role.SUPERVISOR), newest, PAGE,
                    offset);
        } else {
            rows = officeOf(actor).map(o -> store.atOffice(o.regionCode(), o.departmentName(), statuses, newest,
                    PAGE, offset)).orElse(List.of());
        }
        return rows.stream().map(r -> views.forStaff(actor, r)).toList();
    }

    /** Which of the listed complaints wait for a supervisor's decision on more time. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> extensionsPending(List<Complaint> complaints) {
        return extensions.pendingAmong(complaints.stream().map(Complaint::id).toList());
    }

    @Transactional(readOnly = true)
    public Optional<Detail> find(Actor actor, long id) {
        return store.find(id).filter(row -> readable(actor, row)).map(row -> new Detail(views.forStaff(actor, row),
                events.of(id).stream().map(this::event).toList(),
                extensions.of(id).stream().map(ComplaintDesk::extension).toList(), evidence.of(id)));
    }

    /** The full number to call back on, for whoever may know who complained; every view is audited. */
    @Transactional
    public Optional<String> revealPhone(Actor actor, long id, String ip) {
        return store.find(id).filter(row -> readable(actor, row) && row.contactPhoneEnc() != null
                && ConflictOfInterest.showsComplainant(actor, row)).map(row -> {
                    audit.record(AuditEvent.of(actor.accountId(), actor.role().name(), "COMPLAINT_PHONE_VIEWED",
                            AuditResult.SUCCESS, ip).about("complaint", id));
                    return cipher.decrypt(row.contactPhoneEnc(), ComplaintViews.PHONE);
                });
    }

    private Event event(EventStore.Row r) {
        return new Event(r.at(), r.kind(), r.officeRegion() == null ? null
                : views.office(Office.of(r.officeRegion(), r.officeDepartment())),
                r.note() == null ? "" : r.note(), r.shownToComplainant());
    }

    static Extension extension(ExtensionStore.Row r) {
        return new Extension(r.id(), r.days(), r.reason(), r.requestedAt(), r.state(),
                r.decisionNote() == null ? "" : r.decisionNote());
    }
}
