package org.jiuzhu.core.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.application.persistence.ApplicationStore;
import org.jiuzhu.core.application.persistence.ProofStore;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.region.Regions;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * Submitting and withdrawing. A submission carries a one-time form token: the same token again (a double click, a
 * retried request) answers with the application already submitted instead of making a second one.
 */
@Singleton
public class Submissions {

    /** Days the township has to accept or return a submission, until regional settings carry it. */
    static final int ACCEPTANCE_DAYS = 5;

    private final ApplicationStore store;
    private final Applications applications;
    private final DraftContents contents;
    private final Authorizations authorizations;
    private final ProofStore proofs;
    private final Regions regions;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Submissions(ApplicationStore store, Applications applications, DraftContents contents,
                       Authorizations authorizations, ProofStore proofs, Regions regions, AuditLog audit, Clock clock) {
        this.store = store;
        this.applications = applications;
        this.contents = contents;
        this.authorizations = authorizations;
        this.proofs = proofs;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** A fresh token for the review page's submit form. */
    public String newToken() {
        byte[] token = new byte[16];
        random.nextBytes(token);
        return HexFormat.of().formatHex(token);
    }

    /** Submits; on refusal the application is unchanged and the errors say why. */
    @Transactional
    public Outcome submit(Actor resident, long id, boolean pledged, String token, String ip) {
        if (token == null || !token.matches("[0-9a-f]{32}")) {
            return Outcome.refused("pledge", "core.application.error.token");
        }
        // The lock makes a second click wait for the first to commit; it then finds its own token and the
        // application already submitted, and answers with it.
        ApplicationStore.Header h = contents.owned(resident, id);
        if (token.equals(h.submissionToken()) && !ApplicationStatus.valueOf(h.status()).editable()) {
            return new Outcome(applications.toApplication(h), new FieldErrors());
        }
        if (!ApplicationStatus.valueOf(h.status()).editable()) {
            throw new ApplicationLocked();
        }
        Application application = applications.toApplication(h);
        FieldErrors errors = new FieldErrors();
        if (!application.complete()) {
            errors.add("pledge", "core.application.error.incomplete");
        } else if (!authorizations.complete(id)) {
            errors.add("pledge", "core.application.error.authorizations");
        } else if (h.applicantAccountId() != resident.accountId() && !paperAuthorizationUploaded(id)) {
            // An officer submits for the resident only with the resident's signed paper authorization on file;
            // otherwise the resident confirms by submitting from their own account.
            errors.add("pledge", "core.application.error.paperAuthorization");
        }
        if (!pledged) {
            errors.add("pledge", "core.application.error.pledge");
        }
        List<byte[]> persons = store.members(id).stream().map(ApplicationStore.StoredMember::idNumberBidx).toList();
        if (errors.isEmpty() && persons.stream().anyMatch(p -> store.heldElsewhere(p, id))) {
            errors.add("pledge", "core.application.error.member.elsewhere");
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        if (!store.markSubmitted(id, h.version(), token, clock.instant())) {
            return Outcome.refused("pledge", "core.application.error.changed");
        }
        store.holdPlaces(id, persons);
        store.addEvent(id, new ApplicationStore.Event(clock.instant(), ApplicationStatus.SUBMITTED.name(),
                resident.accountId(), township(h.regionCode()), null, Today.in(clock).plusDays(ACCEPTANCE_DAYS)));
        audit.record(AuditEvent.of(resident.accountId(), resident.role().name(), "APPLICATION_SUBMITTED",
                AuditResult.SUCCESS, ip).about("application", id));
        return new Outcome(applications.toApplication(store.find(id).orElseThrow()), errors);
    }

    /** Withdraws the resident's application while no decision is made; its members' places are freed. */
    @Transactional
    public FieldErrors withdraw(Actor resident, long id, String ip) {
        ApplicationStore.Header h = contents.owned(resident, id);
        if (h.applicantAccountId() != resident.accountId()) {
            return new FieldErrors().add("withdraw", "core.application.error.withdrawByApplicant");
        }
        ApplicationStatus status = ApplicationStatus.valueOf(h.status());
        if (!status.mayBecome(ApplicationStatus.WITHDRAWN)
                || !store.move(id, h.version(), status.name(), ApplicationStatus.WITHDRAWN.name(), clock.instant())) {
            return new FieldErrors().add("withdraw", "core.application.error.cannotWithdraw");
        }
        store.releasePlaces(id);
        store.addEvent(id, new ApplicationStore.Event(clock.instant(), ApplicationStatus.WITHDRAWN.name(),
                resident.accountId(), null, null, null));
        audit.record(AuditEvent.of(resident.accountId(), resident.role().name(), "APPLICATION_WITHDRAWN",
                AuditResult.SUCCESS, ip).about("application", id));
        return new FieldErrors();
    }

    private boolean paperAuthorizationUploaded(long id) {
        return proofs.of(id).stream().anyMatch(p -> p.kind().equals(ProofKind.PAPER_AUTHORIZATION.name()));
    }

    private String township(String villageCode) {
        return regions.find(villageCode).map(r -> r.parentCode()).orElse(villageCode);
    }


    /** The submitted application, or the reasons it was not submitted. */
    public record Outcome(Application application, FieldErrors errors) {

        static Outcome refused(String field, String key) {
            return new Outcome(null, new FieldErrors().add(field, key));
        }

        public boolean submitted() {
            return application != null;
        }
    }
}
