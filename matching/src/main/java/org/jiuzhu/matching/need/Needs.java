package org.jiuzhu.matching.need;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.application.SupportedHouseholds;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.privacy.Masking;
import org.jiuzhu.matching.AgeBand;
import org.jiuzhu.matching.AidKind;
import org.jiuzhu.matching.TargetGroup;
import org.jiuzhu.matching.need.persistence.NeedStore;
import org.jiuzhu.matching.search.SearchOutbox;
import org.jiuzhu.matching.search.Side;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Needs a resident shares with charities under separate consent (PIPL art. 14, 29), and takes back at any time.
 * Only households social assistance supports or watches may share; the text is de-identified before it is stored.
 */
@Singleton
public class Needs {

    static final int MAX_TEXT = 1000;
    static final int MAX_SHARED = 10;
    static final String ONLINE = "ONLINE";
    static final String PAPER = "PAPER";

    private final NeedStore store;
    private final SupportedHouseholds households;
    private final SearchOutbox outbox;
    private final Masking masking;
    private final AuditLog audit;
    private final ApplicationEventPublisher<NeedRevoked> revocations;
    private final Clock clock;

    Needs(NeedStore store, SupportedHouseholds households, SearchOutbox outbox, Masking masking, AuditLog audit,
          ApplicationEventPublisher<NeedRevoked> revocations, Clock clock) {
        this.store = store;
        this.households = households;
        this.outbox = outbox;
        this.masking = masking;
        this.audit = audit;
        this.revocations = revocations;
        this.clock = clock;
    }

    /** A checked request: the need as it would be stored, or the problems. */
    public record Checked(Need need, FieldErrors errors) {
    }

    /** What the resident's household may share, or empty when it is not supported or watched. */
    @Transactional(readOnly = true)
    public Optional<Sharing> sharing(Actor resident) {
        return households.ofResident(resident).map(h -> Sharing.of(h, masking));
    }

    /** The card charities would see, without storing anything. */
    @Transactional(readOnly = true)
    public Checked preview(Actor resident, NeedRequest request) {
        return check(resident, request).orElseGet(() ->
                new Checked(null, new FieldErrors().add("state", "matching.need.error.notSupported")));
    }

    /** Stores the need with the resident's consent and queues it for the charities' index. */
    @Transactional
    public Checked share(Actor resident, NeedRequest request, String ip) {
        Optional<SupportedHouseholds.Supported> household = households.ofResident(resident);
        Checked checked = preview(resident, request);
        if (household.isEmpty() || !checked.errors().isEmpty()) {
            return checked;
        }
        if (store.sharedCount(resident.accountId()) >= MAX_SHARED) {
            return new Checked(null, new FieldErrors().add("state", "matching.need.error.tooMany"));
        }
        Need n = checked.need();
        NeedStore.Row row = store.insert(row(household.get(), n, resident.accountId(), ONLINE, null, clock.instant()));
        outbox.changed(Side.NEED, row.id());
        audit.record(AuditEvent.of(resident.accountId(), resident.role().name(), "NEED_SHARED", AuditResult.SUCCESS, ip)
                .about("need", row.id()).saying("consent=charity-sharing"));
        return new Checked(need(row), new FieldErrors());
    }

    /**
     * Revocation takes effect at once: the need leaves every charity's view and, through the outbox, every index;
     * an open pairing ends with it (see {@link NeedRevoked}). Another resident's need, or none, is {@link NeedNotFound}.
     */
    @Transactional
    public FieldErrors revoke(Actor resident, long id, long version, String ip) {
        FieldErrors errors = new FieldErrors();
        if (store.find(id).filter(row -> row.accountId() == resident.accountId()).isEmpty()) {
            throw new NeedNotFound();
        }
        if (!store.revoke(id, resident.accountId(), version, clock.instant())) {
            return errors.add("state", "matching.need.error.changed");
        }
        outbox.changed(Side.NEED, id);
        revocations.publishEvent(new NeedRevoked(id, resident.accountId()));
        audit.record(AuditEvent.of(resident.accountId(), resident.role().name(), "NEED_CONSENT_REVOKED",
                AuditResult.SUCCESS, ip).about("need", id));
        return errors;
    }

    @Transactional(readOnly = true)
    public List<Need> ofResident(Actor resident) {
        return store.ofAccount(resident.accountId()).stream().map(Needs::need).toList();
    }

    /** Of the given ids, the needs still shared right now, in no particular order. */
    @Transactional(readOnly = true)
    public List<Need> sharedAmong(List<Long> ids) {
        return store.sharedAmong(ids).stream().map(Needs::need).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Need> find(long id) {
        return store.find(id).map(Needs::need);
    }

    private Optional<Checked> check(Actor resident, NeedRequest request) {
        return households.ofResident(resident).map(h -> NeedCheck.check(h, request, clock));
    }

    /** A new shared need's row: {@code channel} ONLINE (the resident ticked) or PAPER (a signed form, its number). */
    static NeedStore.Row row(SupportedHouseholds.Supported household, Need n, long recordedBy, String channel,
                             String reference, Instant now) {
        return new NeedStore.Row(null, household.headIndex(), household.application().applicantAccountId(),
                household.application().id(), n.regionCode(), n.aidKind().name(), TargetGroup.store(n.targets()),
                n.ageBand().name(), n.text(), n.urgency().level(), NeedStatus.SHARED.name(), now, null, recordedBy,
                now, 0, channel, reference);
    }

    static Need need(NeedStore.Row r) {
        return new Need(r.id(), r.regionCode(), AidKind.valueOf(r.aidKind()), TargetGroup.read(r.targetGroups()),
                AgeBand.valueOf(r.ageBand()), r.text(), Urgency.ofLevel(r.urgency()), NeedStatus.valueOf(r.status()),
                r.consentedAt(), r.revokedAt(), r.version(), PAPER.equals(r.consentChannel()));
    }
}
