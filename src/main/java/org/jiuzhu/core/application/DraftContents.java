package org.jiuzhu.core.application;

import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.application.persistence.ApplicationStore;
import org.jiuzhu.core.eligibility.Expense;
import org.jiuzhu.core.eligibility.Income;
import org.jiuzhu.core.eligibility.SpecialAid;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.privacy.FieldCipher;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks and writes a draft's contents; callers hold the transaction. */
@Singleton
class DraftContents {

    private static final int MAX_HARDSHIP = 2000;
    private static final int MAX_LINES = 20;

    private final ApplicationStore store;
    private final FieldCipher cipher;
    private final Clock clock;

    DraftContents(ApplicationStore store, FieldCipher cipher, Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * The draft if it is the resident's own and may still be changed, locked for the caller's transaction so that a
     * save, an added member and a submission of the same application happen one after the other.
     */
    ApplicationStore.Header editable(Actor resident, long id) {
        ApplicationStore.Header h = owned(resident, id);
        if (!ApplicationStatus.valueOf(h.status()).editable()) {
            throw new ApplicationLocked();
        }
        return h;
    }

    /** The resident's own application, locked; anybody else's is "not found". */
    ApplicationStore.Header owned(Actor resident, long id) {
        return store.lock(id).filter(a -> a.preparedBy(resident.accountId()))
                .orElseThrow(ApplicationNotFound::new);
    }

    void save(ApplicationStore.Header h, boolean urban, BigDecimal workCosts, BigDecimal assets, boolean vehicle,
              boolean secondHome, Set<DraftStep> steps) {
        write(h, urban, Applications.steps(steps), workCosts, assets, vehicle, secondHome, h.housing(),
                h.disasterAffected(), h.suddenHardship(), h.hardship(), h.requestedAids(), h.bankName(), h.bankAccountEnc());
    }

    private void write(ApplicationStore.Header h, boolean urban, String steps, BigDecimal workCosts, BigDecimal assets,
                       boolean vehicle, boolean secondHome, String housing, boolean disaster, boolean sudden,
                       String hardship, String aids, String bankName, byte[] bankAccount) {
        boolean written = store.saveContents(new ApplicationStore.Header(h.id(), h.applicantAccountId(), h.regionCode(),
                urban, h.status(), steps, workCosts, assets, vehicle, secondHome, housing, disaster, sudden, hardship,
                aids, bankName, bankAccount, h.submissionToken(), h.submittedAt(), h.version(), h.proxyAccountId()),
                clock.instant());
        if (!written) {
            throw new ApplicationLocked();
        }
    }

    FieldErrors saveFinances(Actor resident, long id, Finances f) {
        ApplicationStore.Header h = editable(resident, id);
        FieldErrors errors = new FieldErrors();
        if (f.incomes().size() > MAX_LINES || f.expenses().size() > MAX_LINES) {
            errors.add("incomes", "core.application.error.tooManyLines");
        }
        if (negative(f.workCosts()) || negative(f.financialAssets())
                || f.incomes().stream().anyMatch(i -> negative(i.monthly()))
                || f.expenses().stream().anyMatch(e -> negative(e.yearly()))) {
            errors.add("incomes", "core.application.error.negative");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        List<ApplicationStore.MoneyLine> lines = new ArrayList<>();
        for (Income i : f.incomes()) {
            lines.add(new ApplicationStore.MoneyLine("IN", i.kind().name(), i.monthly()));
        }
        for (Expense e : f.expenses()) {
            lines.add(new ApplicationStore.MoneyLine("OUT", e.kind().name(), e.yearly()));
        }
        store.replaceMoney(id, lines);
        save(h, h.urban(), f.workCosts(), f.financialAssets(), f.nonEssentialVehicle(), f.secondHome(),
                Drafts.with(h, DraftStep.FINANCES));
        return errors;
    }

    FieldErrors saveNeeds(Actor resident, long id, Needs n) {
        ApplicationStore.Header h = editable(resident, id);
        FieldErrors errors = new FieldErrors();
        String hardship = n.hardship() == null ? "" : n.hardship().strip();
        if (hardship.isEmpty() || hardship.length() > MAX_HARDSHIP) {
            errors.add("hardship", "core.application.error.hardship");
        }
        String bankName = n.bankName() == null ? "" : n.bankName().strip();
        if (bankName.isEmpty() || bankName.length() > 64) {
            errors.add("bankName", "core.application.error.bankName");
        }
        byte[] bankAccount = h.bankAccountEnc();
        if (n.bankAccount() != null && !n.bankAccount().isBlank()) {
            String digits = n.bankAccount().replaceAll("[\\s-]", "");
            if (!digits.matches("\\d{8,30}")) {
                errors.add("bankAccount", "core.application.error.bankAccount");
            } else {
                bankAccount = cipher.encrypt(digits, Contexts.BANK_ACCOUNT);
            }
        } else if (bankAccount == null) {
            errors.add("bankAccount", "core.application.error.bankAccount");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        String aids = n.requestedAids().stream().map(SpecialAid::name).sorted().collect(Collectors.joining(","));
        write(h, h.urban(), Applications.steps(Drafts.with(h, DraftStep.NEEDS)), h.workCosts(), h.financialAssets(),
                h.nonEssentialVehicle(), h.secondHome(), n.housing().name(), n.disasterAffected(), n.suddenHardship(),
                hardship, aids, bankName, bankAccount);
        return errors;
    }

    private static boolean negative(BigDecimal amount) {
        return amount == null || amount.signum() < 0;
    }

}
