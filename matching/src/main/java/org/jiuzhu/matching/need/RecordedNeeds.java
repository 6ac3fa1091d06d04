package org.jiuzhu.matching.need;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.application.SupportedHouseholds;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.notification.Notifications;
import org.jiuzhu.core.privacy.Masking;
import org.jiuzhu.matching.need.persistence.NeedStore;
import org.jiuzhu.matching.search.SearchOutbox;
import org.jiuzhu.matching.search.Side;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Needs staff record for a household of their region that does not go online, from the consent form the resident
 * signed in person: the form's number is stored with the need and the audit entry. The resident is told, sees the
 * need on their own page and can revoke it there like any other.
 */
@Singleton
public class RecordedNeeds {

    static final Pattern REFERENCE = Pattern.compile("[\\p{Alnum}\\-_/]{2,40}");

    private final NeedStore store;
    private final SupportedHouseholds households;
    private final Masking masking;
    private final SearchOutbox outbox;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    RecordedNeeds(NeedStore store, SupportedHouseholds households, Masking masking, SearchOutbox outbox,
                  Notifications notifications, AuditLog audit, Clock clock) {
        this.store = store;
        this.households = households;
        this.masking = masking;
        this.outbox = outbox;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the household of this application may share, when it is in the staff member's region and supported. */
    @Transactional(readOnly = true)
    public Optional<Sharing> sharing(Actor staff, long applicationId) {
        return households.ofApplication(staff, applicationId).map(h -> Sharing.of(h, masking));
    }

    /** The card charities would read and the checked form number, without storing anything. */
    @Transactional(readOnly = true)
    public Needs.Checked preview(Actor staff, long applicationId, NeedRequest request, String consentForm) {
        return households.ofApplication(staff, applicationId).map(h -> check(h, request, consentForm))
                .orElseGet(() -> new Needs.Checked(null, new FieldErrors().add("applicationId",
                        "matching.need.error.household")));
    }

    /** The latest needs of households in the staff member's region, however they were shared. */
    @Transactional(readOnly = true)
    public List<Need> inRegion(Actor staff) {
        return store.inRegion(staff.scope().likePattern()).stream().map(Needs::need).toList();
    }

    /** {@code consentForm}: the number of the signed paper consent form to share this need with charities. */
    @Transactional
    public Needs.Checked record(Actor staff, long applicationId, NeedRequest request, String consentForm, String ip) {
        Optional<SupportedHouseholds.Supported> household = households.ofApplication(staff, applicationId);
        if (household.isEmpty()) {
            return new Needs.Checked(null, new FieldErrors().add("applicationId", "matching.need.error.household"));
        }
        Needs.Checked checked = check(household.get(), request, consentForm);
        if (!checked.errors().isEmpty()) {
            return checked;
        }
        String reference = consentForm.strip();
        long resident = household.get().application().applicantAccountId();
        if (store.sharedCount(resident) >= Needs.MAX_SHARED) {
            return new Needs.Checked(null, new FieldErrors().add("state", "matching.need.error.tooMany"));
        }
        NeedStore.Row row = store.insert(Needs.row(household.get(), checked.need(), staff.accountId(), Needs.PAPER,
                reference, clock.instant()));
        outbox.changed(Side.NEED, row.id());
        notifications.send(resident, "matching.notification.recordedForYou", "", "/charity-help");
        audit.record(AuditEvent.of(staff.accountId(), staff.role().name(), "NEED_SHARED", AuditResult.SUCCESS, ip)
                .about("need", row.id()).saying("consent=charity-sharing,paper,form=" + reference));
        return new Needs.Checked(Needs.need(row), new FieldErrors());
    }

    private Needs.Checked check(SupportedHouseholds.Supported household, NeedRequest request, String consentForm) {
        Needs.Checked checked = NeedCheck.check(household, request, clock);
        String reference = consentForm == null ? "" : consentForm.strip();
        if (!REFERENCE.matcher(reference).matches()) {
            checked.errors().add("consentForm", "matching.need.error.consentForm");
        }
        return checked.errors().isEmpty() ? checked : new Needs.Checked(null, checked.errors());
    }
}
