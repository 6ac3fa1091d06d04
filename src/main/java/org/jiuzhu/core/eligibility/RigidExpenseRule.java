package org.jiuzhu.core.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 刚性支出困难 (Guangxi wording): annual per-capita income below last year's local per-capita disposable income,
 * and rigid spending either exceeds income or leaves less than m x standard per person per month. Flags
 * 因病致贫重病患者 (Hubei) when a member is seriously ill and medical spending is the largest kind.
 */
final class RigidExpenseRule implements CategoryRule {

    @Override
    public Optional<CategoryFinding> apply(Household h, Figures f, RegionalSettings s, List<CategoryFinding> earlier) {
        if (!f.assetsWithinLimits() || h.expenses().isEmpty() || Rules.wholeHouseholdDibao(earlier)) {
            return Optional.empty();
        }
        BigDecimal n = BigDecimal.valueOf(f.members());
        BigDecimal annualPerCapita = f.annualIncome().divide(n, 2, RoundingMode.HALF_UP);
        if (annualPerCapita.compareTo(s.disposableIncomeLastYear()) >= 0) {
            return Optional.empty();
        }
        boolean outgoingsExceed = f.annualRigidExpenses().compareTo(f.annualIncome()) > 0;
        BigDecimal remaining = f.annualIncome().subtract(f.annualRigidExpenses())
                .divide(n.multiply(BigDecimal.valueOf(12)), 2, RoundingMode.HALF_UP);
        BigDecimal line = Rules.times(s.rigidExpenseMultiplier(), f.standard());
        if (!outgoingsExceed && remaining.compareTo(line) >= 0) {
            return Optional.empty();
        }
        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of("core.eligibility.rigid.income", Rules.amount(annualPerCapita),
                Rules.amount(s.disposableIncomeLastYear())));
        reasons.add(outgoingsExceed
                ? Reason.of("core.eligibility.rigid.outgoings", Rules.amount(f.annualRigidExpenses()),
                        Rules.amount(f.annualIncome()))
                : Reason.of("core.eligibility.rigid.remaining", Rules.amount(remaining), Rules.amount(line)));
        boolean illness = Rules.anyMember(h, Member::seriouslyIll) && medicalIsLargest(h);
        if (illness) {
            reasons.add(Reason.of("core.eligibility.rigid.illness", Rules.amount(byKind(h).get(ExpenseKind.MEDICAL))));
        }
        reasons.add(Rules.ASSETS_OK);
        return Optional.of(new CategoryFinding(Category.RIGID_EXPENSE, Rules.everyone(h), false, illness,
                List.copyOf(reasons), Rules.documents(h, "core.document.expenseReceipts")));
    }

    /** Medical spending is positive and no other kind is larger (a tie still counts: illness is a main cause). */
    static boolean medicalIsLargest(Household h) {
        Map<ExpenseKind, BigDecimal> totals = byKind(h);
        BigDecimal medical = totals.getOrDefault(ExpenseKind.MEDICAL, BigDecimal.ZERO);
        return medical.signum() > 0 && totals.values().stream().allMatch(v -> v.compareTo(medical) <= 0);
    }

    private static Map<ExpenseKind, BigDecimal> byKind(Household h) {
        Map<ExpenseKind, BigDecimal> totals = new EnumMap<>(ExpenseKind.class);
        h.expenses().forEach(e -> totals.merge(e.kind(), e.yearly(), BigDecimal::add));
        return totals;
    }
}
