package org.jiuzhu.core.application;

import org.jiuzhu.core.eligibility.Household;
import org.jiuzhu.core.eligibility.Housing;
import org.jiuzhu.core.eligibility.SpecialAid;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An application as pages see it: personal numbers masked, the draft's completed steps, the version for locking. */
public record Application(long id, long applicantAccountId, String regionCode, boolean urban, ApplicationStatus status,
                          Set<DraftStep> stepsDone, List<ApplicationMember> members, Finances finances,
                          Housing housing, boolean disasterAffected, boolean suddenHardship, String hardship,
                          Set<SpecialAid> requestedAids, String bankName, String maskedBankAccount,
                          Instant submittedAt, long version, Long proxyAccountId) {

    /** The resident applying, or the village officer preparing the application on their behalf. */
    public boolean preparedBy(long account) {
        return applicantAccountId == account || (proxyAccountId != null && proxyAccountId == account);
    }

    public boolean proxied() {
        return proxyAccountId != null;
    }

    public boolean complete() {
        return stepsDone.containsAll(Set.of(DraftStep.values())) && !members.isEmpty();
    }

    /** The household the eligibility rules assess. */
    public Household household() {
        return new Household(urban, members.stream().map(ApplicationMember::forRules).toList(), finances.incomes(),
                finances.workCosts(), finances.expenses(), finances.financialAssets(), finances.nonEssentialVehicle(),
                finances.secondHome(), housing, disasterAffected, suddenHardship);
    }
}
