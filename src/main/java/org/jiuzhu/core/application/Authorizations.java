package org.jiuzhu.core.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.application.persistence.ApplicationStore;
import org.jiuzhu.core.application.persistence.AuthorizationStore;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.eligibility.RegionalSettings;
import org.jiuzhu.core.eligibility.SettingsBook;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.privacy.FieldCipher;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Verification authorizations: each member confirms with their name and the last four digits of their ID number
 * (a guardian, the applicant, for a minor), choosing the sources; valid for the region's verification validity and
 * revocable until verification starts. Every member needs a valid one before the application can be submitted.
 */
@Singleton
public class Authorizations {

    static final int ADULT_AGE = 18;
    private static final Set<ApplicationStatus> REVOCABLE = EnumSet.of(ApplicationStatus.DRAFT,
            ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED, ApplicationStatus.ACCEPTED);

    private final AuthorizationStore store;
    private final ApplicationStore applications;
    private final Applications reader;
    private final DraftContents contents;
    private final SettingsBook settings;
    private final ConsentText consent;
    private final PriorResults prior;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final Clock clock;

    public Authorizations(AuthorizationStore store, ApplicationStore applications, Applications reader,
                          DraftContents contents, SettingsBook settings, ConsentText consent, PriorResults prior,
                          FieldCipher cipher, AuditLog audit, Clock clock) {
        this.prior = prior;
        this.store = store;
        this.applications = applications;
        this.reader = reader;
        this.contents = contents;
        this.settings = settings;
        this.consent = consent;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Authorization> of(Actor actor, long applicationId) {
        if (!reader.readable(actor, applicationId)) {
            throw new ApplicationNotFound();
        }
        return list(applicationId);
    }

    /** Signs for one member, or says why not (wrong name or digits, no source, already signed). */
    @Transactional
    public FieldErrors sign(Actor resident, long applicationId, int position, String typedName, String lastDigits,
                            Set<CheckSource> sources, String ip) {
        ApplicationStore.Header h = contents.editable(resident, applicationId);
        List<ApplicationStore.StoredMember> members = applications.members(applicationId);
        ApplicationStore.StoredMember member = members.stream().filter(m -> m.position() == position).findFirst()
                .orElseThrow(ApplicationNotFound::new);
        boolean minor = age(member) < ADULT_AGE;
        // A minor's authorization is the applicant's (the guardian's) signature, confirmed with the applicant's data.
        ApplicationStore.StoredMember signer = minor ? members.get(0) : member;
        FieldErrors errors = new FieldErrors();
        String idNumber = cipher.decrypt(signer.idNumberEnc(), Contexts.MEMBER_ID);
        if (typedName == null || !typedName.strip().equals(signer.name())) {
            errors.add("signerName", "core.authorization.error.name");
        }
        if (lastDigits == null || !idNumber.endsWith(lastDigits.strip().toUpperCase(java.util.Locale.ROOT))
                || lastDigits.strip().length() != 4) {
            errors.add("lastDigits", "core.authorization.error.digits");
        }
        if (sources.isEmpty()) {
            errors.add("sources", "core.authorization.error.sources");
        }
        LocalDate today = Today.in(clock);
        if (list(applicationId).stream().anyMatch(a -> a.memberPosition() == position && a.validOn(today))) {
            errors.add("signerName", "core.authorization.error.already");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        int months = settings.inEffect(h.regionCode()).map(RegionalSettings::verificationValidityMonths).orElse(6);
        store.insert(new AuthorizationStore.Stored(0, applicationId, position, minor,
                sources.stream().map(Enum::name).sorted().collect(Collectors.joining(",")), consent.sha256(),
                resident.accountId(), clock.instant(), ip, today.plusMonths(months), null, null));
        audit.record(AuditEvent.of(resident.accountId(), resident.role().name(), "AUTHORIZATION_SIGNED", AuditResult.SUCCESS,
                ip).about("application", applicationId).saying("member=" + position + (minor ? " by guardian" : "")));
        return errors;
    }

    /**
     * Carries a member's still valid authorization over from the applicant's earlier application: a change of
     * category needs no new signature (DOMAIN §3.5). It keeps its original signature, sources and expiry.
     */
    @Transactional
    public FieldErrors reuse(Actor resident, long applicationId, int position, String ip) {
        ApplicationStore.Header h = contents.editable(resident, applicationId);
        FieldErrors errors = new FieldErrors();
        LocalDate today = Today.in(clock);
        if (list(applicationId).stream().anyMatch(a -> a.memberPosition() == position && a.validOn(today))) {
            return errors.add("signerName", "core.authorization.error.already");
        }
        AuthorizationStore.Stored earlier = prior.authorization(h, position).orElse(null);
        if (earlier == null) {
            return errors.add("signerName", "core.authorization.error.nothingToReuse");
        }
        store.insert(new AuthorizationStore.Stored(0, applicationId, position, earlier.byGuardian(), earlier.sources(),
                earlier.consentSha256(), earlier.signedBy(), earlier.signedAt(), earlier.signedIp(),
                earlier.expiresOn(), null, earlier.id()));
        audit.record(AuditEvent.of(resident.accountId(), resident.role().name(), "AUTHORIZATION_REUSED",
                AuditResult.SUCCESS, ip).about("application", applicationId)
                .saying("member=" + position + " from=" + earlier.id()));
        return errors;
    }

    /** Positions of members without a valid authorization whose earlier one can be carried over. */
    @Transactional(readOnly = true)
    public Set<Integer> reusable(Application application) {
        ApplicationStore.Header h = applications.find(application.id()).orElseThrow(ApplicationNotFound::new);
        LocalDate today = Today.in(clock);
        List<Authorization> signed = list(application.id());
        return application.members().stream().map(ApplicationMember::position)
                .filter(p -> signed.stream().noneMatch(a -> a.memberPosition() == p && a.validOn(today)))
                .filter(p -> prior.authorization(h, p).isPresent()).collect(Collectors.toSet());
    }

    /** Revokes while no check has started; afterwards the answer says it is too late. */
    @Transactional
    public FieldErrors revoke(Actor resident, long applicationId, long authorizationId, String ip) {
        ApplicationStore.Header h = contents.owned(resident, applicationId);
        FieldErrors errors = new FieldErrors();
        if (!REVOCABLE.contains(ApplicationStatus.valueOf(h.status()))
                || !store.revoke(authorizationId, applicationId, clock.instant())) {
            return errors.add("revoke", "core.authorization.error.revoke");
        }
        audit.record(AuditEvent.of(resident.accountId(), resident.role().name(), "AUTHORIZATION_REVOKED",
                AuditResult.SUCCESS, ip).about("application", applicationId).saying("authorization=" + authorizationId));
        return errors;
    }

    /** Whether every member of an application the caller has already loaded has an authorization valid today. */
    @Transactional(readOnly = true)
    public boolean signedByAll(Application application) {
        return complete(application.id());
    }

    /** Whether every member has an authorization valid today. */
    boolean complete(long applicationId) {
        LocalDate today = Today.in(clock);
        List<Authorization> valid = list(applicationId).stream().filter(a -> a.validOn(today)).toList();
        return applications.members(applicationId).stream()
                .allMatch(m -> valid.stream().anyMatch(a -> a.memberPosition() == m.position()));
    }

    /** The member's authorization valid today that covers {@code source}, if any: no check without one. */
    java.util.Optional<Authorization> covering(long applicationId, int position, CheckSource source) {
        LocalDate today = Today.in(clock);
        return list(applicationId).stream().filter(a -> a.memberPosition() == position && a.validOn(today)
                && a.sources().contains(source)).findFirst();
    }

    public String consentText() {
        return consent.text();
    }

    private List<Authorization> list(long applicationId) {
        return store.of(applicationId).stream().map(s -> new Authorization(s.id(), s.memberPosition(), s.byGuardian(),
                Arrays.stream(s.sources().split(",")).filter(x -> !x.isBlank()).map(CheckSource::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(CheckSource.class))),
                s.signedAt(), s.expiresOn(), s.revokedAt())).toList();
    }

    private int age(ApplicationStore.StoredMember member) {
        String idNumber = cipher.decrypt(member.idNumberEnc(), Contexts.MEMBER_ID);
        LocalDate birth = LocalDate.parse(idNumber.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        return java.time.Period.between(birth, Today.in(clock)).getYears();
    }
}
