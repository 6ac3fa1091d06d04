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
import org.jiuzhu.matching.need.persistence.NeedStore;
import org.jiuzhu.matching.search.SearchOutbox;
import org.jiuzhu.matching.search.Side;

import java.time.Clock;
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
    private final SearchOutbox outbox;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    RecordedNeeds(NeedStore store, SupportedHouseholds households, SearchOutbox outbox, Notifications notifications,
                  AuditLog audit, Clock clock) {
        this.store = store;
        this.households = households;
        this.outbox = outbox;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code consentForm}: the number of the signed paper consent form to share this need with charities. */
    @Transactional
    public Needs.Checked record(Actor staff, long applicationId, NeedRequest request, String consentForm, String ip) {
        Optional<SupportedHouseholds.Supported> household = households.ofApplication(staff, applicationId);
        if (household.isEmpty()) {
            return new Needs.Checked(null, new FieldErrors().add("applicationId", "matching.need.error.household"));
        }
        Needs.Checked checked = NeedCheck.check(household.get(), request, clock);
        String reference = consentForm == null ? "" : consentForm.strip();
        if (!REFERENCE.matcher(reference).matches()) {
            checked.errors().add("consentForm", "matching.need.error.consentForm");
        }
        if (!checked.errors().isEmpty()) {
            return new Needs.Checked(null, checked.errors());
        }
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
}
