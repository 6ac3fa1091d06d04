package org.jiuzhu.matching.organization;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.CharityUsers;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.application.ProofType;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.limit.AnonymousForm;
import org.jiuzhu.core.limit.SubmissionLimits;
import org.jiuzhu.core.privacy.FieldCipher;
import org.jiuzhu.core.privacy.InvalidPhoneNumber;
import org.jiuzhu.core.privacy.Masking;
import org.jiuzhu.core.privacy.PhoneNumber;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.Regions;
import org.jiuzhu.matching.organization.persistence.OrganizationStore;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Registering, reading and deciding on charity organizations. A reviewer (SUPERVISOR or ADMIN) sees and decides
 * only organizations registered in their region; a charity user sees only their own.
 */
@Singleton
public class Organizations {

    static final String PHONE = "charity_organization.contact_phone";
    public static final int CERTIFICATE_LIMIT = 5 * 1024 * 1024;
    private static final int MAX_NAME = 60;
    private static final int MAX_CONTACT = 32;
    private static final int MAX_INTRODUCTION = 1000;
    private static final int MAX_REASON = 500;

    private final OrganizationStore store;
    private final CharityUsers users;
    private final Regions regions;
    private final FieldCipher cipher;
    private final Masking masking;
    private final AuditLog audit;
    private final Clock clock;
    private final SubmissionLimits limits;

    Organizations(OrganizationStore store, CharityUsers users, Regions regions, FieldCipher cipher, Masking masking,
                  AuditLog audit, Clock clock, SubmissionLimits limits) {
        this.store = store;
        this.users = users;
        this.regions = regions;
        this.cipher = cipher;
        this.masking = masking;
        this.audit = audit;
        this.clock = clock;
        this.limits = limits;
    }

    /** What the registration form holds: the organization, where it serves, and its first user. */
    public record Registration(String name, String creditCode, String regionCode, Set<String> servedRegions,
                               String contactName, String contactPhone, String introduction,
                               CharityUsers.NewUser user) {
    }

    /** Registers a PENDING organization and its first user, or answers every problem found. */
    @Transactional
    public FieldErrors register(Registration r, String ip) {
        FieldErrors errors = new FieldErrors();
        String name = text(r.name());
        if (name.isEmpty() || name.length() > MAX_NAME) {
            errors.add("name", "matching.organization.error.name");
        }
        CreditCode.problem(r.creditCode()).ifPresentOrElse(
                p -> errors.add("creditCode", "matching.organization.error.creditCode." + p.name().toLowerCase()),
                () -> {
                    if (store.creditCodeTaken(CreditCode.parse(r.creditCode()).value())) {
                        errors.add("creditCode", "matching.organization.error.creditCode.taken");
                    }
                });
        boolean division = regions.find(r.regionCode()).filter(x -> x.level() != DivisionLevel.VILLAGE).isPresent();
        if (!division) {
            errors.add("regionCode", "matching.organization.error.region");
        }
        if (r.servedRegions().isEmpty() || !r.servedRegions().stream().allMatch(c -> regions.find(c).isPresent())) {
            errors.add("servedRegions", "matching.organization.error.served");
        }
        String contact = text(r.contactName());
        if (contact.isEmpty() || contact.length() > MAX_CONTACT) {
            errors.add("contactName", "matching.organization.error.contactName");
        }
        PhoneNumber phone = phone(r.contactPhone(), errors);
        if (text(r.introduction()).length() > MAX_INTRODUCTION) {
            errors.add("introduction", "matching.organization.error.introduction");
        }
        users.check(r.user(), errors);
        if (!errors.isEmpty()) {
            return errors;
        }
        limits.take(AnonymousForm.ORGANIZATION_REGISTRATION, ip);
        OrganizationStore.Row row = store.insert(new OrganizationStore.Row(null, name, r.regionCode(), clock.instant(),
                CreditCode.parse(r.creditCode()).value(), contact, cipher.encrypt(phone.value(), PHONE),
                text(r.introduction()), OrganizationStatus.PENDING.name(), null, null, null, 0),
                r.servedRegions().stream().sorted().toList());
        users.create(r.user(), row.id(), r.regionCode(), ip);
        audit.record(AuditEvent.of(null, null, "CHARITY_REGISTERED", AuditResult.SUCCESS, ip)
                .about("charity_organization", row.id()));
        return errors;
    }

    /** The charity user's own organization. */
    @Transactional(readOnly = true)
    public Optional<Organization> ofCharity(Actor charity) {
        if (!charity.is(Role.CHARITY) || charity.organizationId() == null) {
            return Optional.empty();
        }
        return store.find(charity.organizationId()).map(this::organization);
    }

    /** The name residents see on a proposal and in their assistance chain. */
    @Transactional(readOnly = true)
    public String name(long organizationId) {
        return store.find(organizationId).map(OrganizationStore.Row::name).orElse("");
    }

    @Transactional(readOnly = true)
    public boolean verified(long organizationId) {
        return store.find(organizationId).map(r -> OrganizationStatus.valueOf(r.status()) == OrganizationStatus.VERIFIED)
                .orElse(false);
    }

    /** A PENDING or REJECTED organization uploads its certificate; a rejected one goes back to review with it. */
    @Transactional
    public FieldErrors uploadCertificate(Actor charity, byte[] content, String ip) {
        Organization own = ofCharity(charity).orElseThrow(OrganizationNotFound::new);
        FieldErrors errors = new FieldErrors();
        Optional<ProofType> type = ProofType.sniff(content);
        if (content.length == 0) {
            errors.add("file", "matching.organization.error.certificate.empty");
        } else if (content.length > CERTIFICATE_LIMIT) {
            errors.add("file", "matching.organization.error.certificate.size");
        } else if (type.isEmpty()) {
            errors.add("file", "matching.organization.error.certificate.type");
        } else if (own.verified()) {
            errors.add("file", "matching.organization.error.certificate.verified");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        store.putCertificate(own.id(), type.get().mediaType(), content, sha256(content), clock.instant());
        if (own.status() == OrganizationStatus.REJECTED) {
            store.reopen(own.id(), own.version());
        }
        audit.record(AuditEvent.of(charity.accountId(), charity.role().name(), "CHARITY_CERTIFICATE_UPLOADED",
                AuditResult.SUCCESS, ip).about("charity_organization", own.id()));
        return errors;
    }

    /** Organizations registered in the reviewer's region, pending ones first. */
    @Transactional(readOnly = true)
    public List<Organization> forReview(Actor reviewer) {
        return store.inScope(reviewer.scope().likePattern()).stream().map(this::organization).toList();
    }

    @Transactional(readOnly = true)
    public Organization forReview(Actor reviewer, long id) {
        return store.findInScope(id, reviewer.scope().likePattern()).map(this::organization)
                .orElseThrow(OrganizationNotFound::new);
    }

    /** The certificate, for the reviewer of its region or the organization's own users. */
    @Transactional(readOnly = true)
    public Optional<OrganizationStore.Certificate> certificate(Actor actor, long id) {
        boolean own = actor.is(Role.CHARITY) && Long.valueOf(id).equals(actor.organizationId());
        boolean reviewer = actor.is(Role.SUPERVISOR, Role.ADMIN)
                && store.findInScope(id, actor.scope().likePattern()).isPresent();
        return own || reviewer ? store.certificate(id) : Optional.empty();
    }

    @Transactional
    public FieldErrors verify(Actor reviewer, long id, long version, String ip) {
        return decide(reviewer, id, version, OrganizationStatus.VERIFIED, null, ip);
    }

    @Transactional
    public FieldErrors reject(Actor reviewer, long id, long version, String reason, String ip) {
        return decide(reviewer, id, version, OrganizationStatus.REJECTED, text(reason), ip);
    }

    private FieldErrors decide(Actor reviewer, long id, long version, OrganizationStatus to, String reason, String ip) {
        Organization organization = forReview(reviewer, id);
        FieldErrors errors = new FieldErrors();
        if (to == OrganizationStatus.REJECTED && (reason.isEmpty() || reason.length() > MAX_REASON)) {
            errors.add("reason", "matching.organization.error.reason");
        }
        if (organization.status() != OrganizationStatus.PENDING) {
            errors.add("state", "matching.organization.error.notPending");
        } else if (to == OrganizationStatus.VERIFIED && !organization.hasCertificate()) {
            errors.add("state", "matching.organization.error.noCertificate");
        }
        if (errors.isEmpty() && !store.decide(id, version, to.name(), reviewer.accountId(), clock.instant(), reason)) {
            errors.add("state", "matching.organization.error.changed");
        }
        if (errors.isEmpty()) {
            audit.record(AuditEvent.of(reviewer.accountId(), reviewer.role().name(), "CHARITY_" + to.name(),
                    AuditResult.SUCCESS, ip).about("charity_organization", id));
        }
        return errors;
    }

    private Organization organization(OrganizationStore.Row r) {
        String phone = r.contactPhoneEnc() == null ? "" : masking.phone(cipher.decrypt(r.contactPhoneEnc(), PHONE));
        return new Organization(r.id(), r.name(), r.creditCode() == null ? "" : r.creditCode(), r.regionCode(),
                r.contactName() == null ? "" : r.contactName(), phone, r.introduction() == null ? "" : r.introduction(),
                OrganizationStatus.valueOf(r.status()), store.served(r.id()), store.certificateInfo(r.id()).isPresent(),
                r.decisionReason() == null ? "" : r.decisionReason(), r.decidedAt(), r.createdAt(), r.version());
    }

    private static PhoneNumber phone(String raw, FieldErrors errors) {
        try {
            return PhoneNumber.parse(raw);
        } catch (InvalidPhoneNumber e) {
            errors.add("contactPhone", "matching.organization.error.contactPhone");
            return null;
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
