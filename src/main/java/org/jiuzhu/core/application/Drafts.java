package org.jiuzhu.core.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Accounts;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.PersonName;
import org.jiuzhu.core.application.persistence.ApplicationStore;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.eligibility.DisabilityType;
import org.jiuzhu.core.eligibility.Employment;
import org.jiuzhu.core.eligibility.Relationship;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.privacy.BlindIndex;
import org.jiuzhu.core.privacy.FieldCipher;
import org.jiuzhu.core.privacy.IdNumber;
import org.jiuzhu.core.privacy.InvalidIdNumber;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The resident's draft, one topic per step, saved on the server after each so the resident can leave and come
 * back. The applicant is the first member, taken from their account; nobody can be in two open applications.
 */
@Singleton
public class Drafts {

    static final int MAX_MEMBERS = 20;

    private final ApplicationStore store;
    private final Applications applications;
    private final DraftContents contents;
    private final Accounts accounts;
    private final PersonName personName;
    private final FieldCipher cipher;
    private final BlindIndex blindIndex;
    private final AuditLog audit;
    private final Clock clock;

    public Drafts(ApplicationStore store, Applications applications, DraftContents contents, Accounts accounts,
                  PersonName personName, FieldCipher cipher, BlindIndex blindIndex, AuditLog audit, Clock clock) {
        this.store = store;
        this.applications = applications;
        this.contents = contents;
        this.accounts = accounts;
        this.personName = personName;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.audit = audit;
        this.clock = clock;
    }

    /** The resident's application that is not ended yet (a draft, returned, or being handled), if any. */
    @Transactional(readOnly = true)
    public Optional<Application> current(Actor resident) {
        return store.currentOf(resident.accountId()).stream().findFirst().map(applications::toApplication);
    }

    /** Starts a draft with the resident as its first member, or refuses when they are in another open application. */
    @Transactional
    public Started start(Actor resident, String regionCode, String ip) {
        // Two clicks on "start" would otherwise make two drafts: the account row serializes them.
        store.lockApplicant(resident.accountId());
        Optional<Application> existing = store.currentOf(resident.accountId()).stream().findFirst()
                .map(applications::toApplication);
        if (existing.isPresent()) {
            return new Started(existing.get());
        }
        Accounts.Identity identity = accounts.identityOf(resident);
        byte[] person = blindIndex.of(identity.idNumber(), Contexts.PERSON);
        long id = store.create(resident.accountId(), regionCode, null, clock.instant());
        if (store.heldElsewhere(person, id)) {
            throw new PlaceTaken();
        }
        store.addMember(id, stored(0, identity.name(), identity.idNumber(), person, Relationship.APPLICANT,
                DisabilityType.NONE, 0, false, false, Employment.NOT_APPLICABLE, false));
        audit(resident, "APPLICATION_CREATED", id, ip, null);
        return new Started(applications.toApplication(store.find(id).orElseThrow()));
    }

    /**
     * A village officer starts a draft for a resident of their village (帮办). The resident is the applicant and
     * first member; the officer may fill it in, and it is submitted by the resident or with their paper authorization.
     */
    @Transactional
    public Started startFor(Actor officer, long residentId, String ip) {
        if (!officer.is(org.jiuzhu.core.account.Role.VILLAGE_OFFICER)) {
            throw new ApplicationNotFound();
        }
        Accounts.Identity identity = accounts.identityForProxy(officer, residentId).orElseThrow(ApplicationNotFound::new);
        store.lockApplicant(residentId);
        Optional<ApplicationStore.Header> existing = store.currentOf(residentId).stream().findFirst();
        if (existing.isPresent()) {
            if (existing.get().preparedBy(officer.accountId())) {
                return new Started(applications.toApplication(existing.get()));
            }
            throw new PlaceTaken();
        }
        byte[] person = blindIndex.of(identity.idNumber(), Contexts.PERSON);
        long id = store.create(residentId, officer.scope().code(), officer.accountId(), clock.instant());
        if (store.heldElsewhere(person, id)) {
            throw new PlaceTaken();
        }
        store.addMember(id, stored(0, identity.name(), identity.idNumber(), person, Relationship.APPLICANT,
                DisabilityType.NONE, 0, false, false, Employment.NOT_APPLICABLE, false));
        audit(officer, "APPLICATION_CREATED_BY_PROXY", id, ip, "for account " + residentId);
        return new Started(applications.toApplication(store.find(id).orElseThrow()));
    }

    /** The applications an officer prepares, newest first. */
    @Transactional(readOnly = true)
    public List<Application> proxiedBy(Actor officer) {
        return store.proxiedBy(officer.accountId()).stream().map(applications::toApplication).toList();
    }

    @Transactional
    public FieldErrors household(Actor resident, long id, Boolean urban, String ip) {
        ApplicationStore.Header h = contents.editable(resident, id);
        if (urban == null) {
            return new FieldErrors().add("urban", "core.application.error.urban");
        }
        contents.save(h, urban, h.workCosts(), h.financialAssets(), h.nonEssentialVehicle(), h.secondHome(),
                with(h, DraftStep.HOUSEHOLD));
        audit(resident, "APPLICATION_DRAFT_SAVED", id, ip, "household");
        return new FieldErrors();
    }

    @Transactional
    public FieldErrors addMember(Actor resident, long id, MemberEntry entry, String ip) {
        ApplicationStore.Header h = contents.editable(resident, id);
        List<ApplicationStore.StoredMember> members = store.members(id);
        FieldErrors errors = new FieldErrors();
        personName.check(entry.name(), "name", errors);
        IdNumber idNumber = parse(entry.idNumber(), errors);
        if (entry.relationship() == null || entry.relationship() == Relationship.APPLICANT) {
            errors.add("relationship", "core.application.error.relationship");
        }
        if (entry.disability() == null || (entry.disability() == DisabilityType.NONE) != (entry.disabilityGrade() == 0)
                || entry.disabilityGrade() < 0 || entry.disabilityGrade() > 4) {
            errors.add("disabilityGrade", "core.application.error.disabilityGrade");
        }
        if (entry.employment() == null) {
            errors.add("employment", "core.application.error.employment");
        }
        if (members.size() >= MAX_MEMBERS) {
            errors.add("name", "core.application.error.tooManyMembers");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        byte[] person = blindIndex.of(idNumber.value(), Contexts.PERSON);
        if (store.hasMember(id, person)) {
            return errors.add("idNumber", "core.application.error.member.twice");
        }
        if (store.heldElsewhere(person, id)) {
            // Audited (never the number): a resident probing ID numbers this way leaves a trail.
            audit.record(AuditEvent.of(resident.accountId(), resident.role().name(), "APPLICATION_MEMBER_REFUSED",
                    AuditResult.DENIED, ip).about("application", id).saying("person in another open application"));
            return errors.add("idNumber", "core.application.error.member.elsewhere");
        }
        int position = members.stream().mapToInt(ApplicationStore.StoredMember::position).max().orElse(-1) + 1;
        store.addMember(id, stored(position, entry.name().strip(), idNumber.value(), person, entry.relationship(),
                entry.disability(), entry.disabilityGrade(), entry.seriouslyIll(), entry.student(), entry.employment(),
                entry.ableSupporter()));
        audit(resident, "APPLICATION_DRAFT_SAVED", id, ip, "member added");
        return errors;
    }

    /** Removes a member (never the applicant); after a return their place in the register is freed at once. */
    @Transactional
    public void removeMember(Actor resident, long id, int position, String ip) {
        contents.editable(resident, id);
        Optional<ApplicationStore.StoredMember> member = store.members(id).stream()
                .filter(m -> m.position() == position && position > 0).findFirst();
        if (member.isPresent()) {
            store.removeMember(id, position);
            store.releasePlace(id, member.get().idNumberBidx());
            audit(resident, "APPLICATION_DRAFT_SAVED", id, ip, "member removed");
        }
    }

    @Transactional
    public void membersDone(Actor resident, long id, String ip) {
        ApplicationStore.Header h = contents.editable(resident, id);
        contents.save(h, h.urban(), h.workCosts(), h.financialAssets(), h.nonEssentialVehicle(), h.secondHome(),
                with(h, DraftStep.MEMBERS));
        audit(resident, "APPLICATION_DRAFT_SAVED", id, ip, "members");
    }

    @Transactional
    public FieldErrors finances(Actor resident, long id, Finances finances, String ip) {
        FieldErrors errors = contents.saveFinances(resident, id, finances);
        if (errors.isEmpty()) {
            audit(resident, "APPLICATION_DRAFT_SAVED", id, ip, "finances");
        }
        return errors;
    }

    @Transactional
    public FieldErrors needs(Actor resident, long id, Needs needs, String ip) {
        FieldErrors errors = contents.saveNeeds(resident, id, needs);
        if (errors.isEmpty()) {
            audit(resident, "APPLICATION_DRAFT_SAVED", id, ip, "needs");
        }
        return errors;
    }

    /** A draft just started or resumed. */
    public record Started(Application application) {
    }

    private ApplicationStore.StoredMember stored(int position, String name, String idNumber, byte[] person,
                                                 Relationship relationship, DisabilityType disability, int grade,
                                                 boolean ill, boolean student, Employment employment,
                                                 boolean supporter) {
        return new ApplicationStore.StoredMember(position, name, cipher.encrypt(idNumber, Contexts.MEMBER_ID), person,
                relationship.name(), disability.name(), grade, ill, student, employment.name(), supporter);
    }

    private IdNumber parse(String raw, FieldErrors errors) {
        try {
            return IdNumber.parse(raw, clock);
        } catch (InvalidIdNumber e) {
            errors.add("idNumber", "core.idNumber.error." + e.problem().name().toLowerCase(Locale.ROOT));
            return null;
        }
    }

    static Set<DraftStep> with(ApplicationStore.Header h, DraftStep step) {
        Set<DraftStep> steps = EnumSet.noneOf(DraftStep.class);
        steps.addAll(Applications.steps(h.stepsDone()));
        steps.add(step);
        return steps;
    }

    private void audit(Actor actor, String action, long id, String ip, String detail) {
        audit.record(AuditEvent.of(actor.accountId(), actor.role().name(), action, AuditResult.SUCCESS, ip)
                .about("application", id).saying(detail));
    }
}
