package org.jiuzhu.core.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.application.persistence.ApplicationStore;
import org.jiuzhu.core.eligibility.DisabilityType;
import org.jiuzhu.core.eligibility.Employment;
import org.jiuzhu.core.eligibility.Expense;
import org.jiuzhu.core.eligibility.ExpenseKind;
import org.jiuzhu.core.eligibility.Housing;
import org.jiuzhu.core.eligibility.Income;
import org.jiuzhu.core.eligibility.IncomeKind;
import org.jiuzhu.core.eligibility.Relationship;
import org.jiuzhu.core.eligibility.SpecialAid;
import org.jiuzhu.core.privacy.FieldCipher;
import org.jiuzhu.core.privacy.Masking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading applications: a resident reads their own, staff those of their region (in the query). What leaves here is
 * masked; ID and bank account numbers are decrypted only to be masked.
 */
@Singleton
public class Applications {

    private final ApplicationStore store;
    private final FieldCipher cipher;
    private final Masking masking;
    private final Clock clock;

    public Applications(ApplicationStore store, FieldCipher cipher, Masking masking, Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.masking = masking;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Application> find(Actor actor, long id) {
        return header(actor, id).map(this::toApplication);
    }

    /** Whether the actor may read the application: the same rule as {@link #find}, without reading its contents. */
    @Transactional(readOnly = true)
    public boolean readable(Actor actor, long id) {
        return header(actor, id).isPresent();
    }

    private Optional<ApplicationStore.Header> header(Actor actor, long id) {
        Optional<ApplicationStore.Header> header = actor.is(Role.RESIDENT)
                ? store.find(id).filter(h -> h.applicantAccountId() == actor.accountId())
                : store.findInScope(id, actor.scope().likePattern());
        if (header.isEmpty() && actor.is(Role.VILLAGE_OFFICER)) {
            // An officer also sees the drafts they prepare, which staff otherwise never see.
            header = store.find(id).filter(h -> h.preparedBy(actor.accountId()) && actor.scope().contains(h.regionCode()));
        }
        return header;
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(Application application) {
        return store.events(application.id()).stream().map(e -> new TimelineEntry(e.at(),
                ApplicationStatus.valueOf(e.status()), e.officeRegion(), e.note(), e.deadline())).toList();
    }

    Application toApplication(ApplicationStore.Header h) {
        List<ApplicationMember> members = store.members(h.id()).stream().map(this::member).toList();
        List<ApplicationStore.MoneyLine> money = store.money(h.id());
        Finances finances = new Finances(
                money.stream().filter(m -> m.flow().equals("IN")).map(m -> new Income(IncomeKind.valueOf(m.kind()), m.amount())).toList(),
                h.workCosts(),
                money.stream().filter(m -> m.flow().equals("OUT")).map(m -> new Expense(ExpenseKind.valueOf(m.kind()), m.amount())).toList(),
                h.financialAssets(), h.nonEssentialVehicle(), h.secondHome());
        return new Application(h.id(), h.applicantAccountId(), h.regionCode(), h.urban(),
                ApplicationStatus.valueOf(h.status()), steps(h.stepsDone()), members, finances, Housing.valueOf(h.housing()),
                h.disasterAffected(), h.suddenHardship(), h.hardship() == null ? "" : h.hardship(), aids(h.requestedAids()),
                h.bankName() == null ? "" : h.bankName(), maskedBankAccount(h.bankAccountEnc()), h.submittedAt(), h.version(),
                h.proxyAccountId());
    }

    private ApplicationMember member(ApplicationStore.StoredMember m) {
        String idNumber = cipher.decrypt(m.idNumberEnc(), Contexts.MEMBER_ID);
        // Read, not re-validated: a stored number was valid when entered and must stay readable whatever changes.
        LocalDate birth = LocalDate.parse(idNumber.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
        int age = Math.max(0, Period.between(birth, LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")))).getYears());
        return new ApplicationMember(m.position(), m.name(), masking.idNumber(idNumber), age,
                Relationship.valueOf(m.relationship()), DisabilityType.valueOf(m.disability()), m.disabilityGrade(),
                m.seriouslyIll(), m.student(), Employment.valueOf(m.employment()), m.ableSupporter());
    }

    private String maskedBankAccount(byte[] encrypted) {
        if (encrypted == null) {
            return "";
        }
        String account = cipher.decrypt(encrypted, Contexts.BANK_ACCOUNT);
        return "**** " + account.substring(Math.max(0, account.length() - 4));
    }

    static Set<DraftStep> steps(String stored) {
        Set<DraftStep> steps = EnumSet.noneOf(DraftStep.class);
        Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).forEach(s -> steps.add(DraftStep.valueOf(s)));
        return steps;
    }

    static String steps(Set<DraftStep> steps) {
        return steps.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<SpecialAid> aids(String stored) {
        Set<SpecialAid> aids = EnumSet.noneOf(SpecialAid.class);
        Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).forEach(s -> aids.add(SpecialAid.valueOf(s)));
        return aids;
    }
}
