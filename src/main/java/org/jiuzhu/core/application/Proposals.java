package org.jiuzhu.core.application;

import jakarta.inject.Singleton;
import org.jiuzhu.core.eligibility.Assessment;
import org.jiuzhu.core.eligibility.Assessments;
import org.jiuzhu.core.eligibility.Household;
import org.jiuzhu.core.eligibility.Income;
import org.jiuzhu.core.eligibility.IncomeKind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What the rules make of the household once verified: the same assessment as the self-check, with the declared
 * income and assets replaced by the verified figures. Publicity lists it and the county decides from it.
 */
@Singleton
public class Proposals {

    private final Assessments assessments;

    Proposals(Assessments assessments) {
        this.assessments = assessments;
    }

    /** Empty when the region has no settings in effect. */
    public Optional<Assessment> of(Application a, VerifiedFigures v) {
        return assessments.assess(verifiedHousehold(a, v), a.regionCode());
    }

    static Household verifiedHousehold(Application a, VerifiedFigures v) {
        Household declared = a.household();
        // The verified income is already net of work costs: one line, nothing deducted again.
        List<Income> incomes = v.monthlyIncome().signum() > 0
                ? List.of(new Income(IncomeKind.OTHER, v.monthlyIncome())) : List.of();
        return new Household(declared.urban(), declared.members(), incomes, BigDecimal.ZERO, declared.expenses(),
                v.financialAssets(), v.nonEssentialVehicle(), v.secondHome(), declared.housing(),
                declared.disasterAffected(), declared.suddenHardship());
    }
}
