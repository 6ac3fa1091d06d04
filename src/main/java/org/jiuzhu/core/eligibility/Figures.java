package org.jiuzhu.core.eligibility;

import static java.math.BigDecimal.ZERO;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The household's figures, computed once per assessment. Income is monthly and net of work costs (never below
 * zero); expenses are yearly; {@code standard} is the dibao standard for the household's urban or rural status.
 */
record Figures(int members, BigDecimal monthlyIncome, BigDecimal perCapitaMonthly, BigDecimal annualIncome,
               BigDecimal annualRigidExpenses, BigDecimal standard, BigDecimal financialAssetsPerPerson,
               boolean financialAssetsWithinLimit, boolean assetsWithinLimits) {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    static Figures of(Household h, RegionalSettings s) {
        int n = h.members().size();
        BigDecimal size = BigDecimal.valueOf(n);
        BigDecimal gross = h.incomes().stream().map(Income::monthly).reduce(ZERO, BigDecimal::add);
        BigDecimal monthly = gross.subtract(orZero(h.workCosts())).max(ZERO);
        BigDecimal rigid = h.expenses().stream().map(Expense::yearly).reduce(ZERO, BigDecimal::add);
        BigDecimal assets = orZero(h.financialAssets());
        // assets / n <= limit, compared as assets <= limit x n so that no rounding decides a borderline case
        boolean financialOk = assets.compareTo(s.assetLimitPerPerson().multiply(size)) <= 0;
        return new Figures(n, monthly, monthly.divide(size, 2, RoundingMode.HALF_UP), monthly.multiply(TWELVE),
                rigid, s.dibaoStandard(h.urban()), assets.divide(size, 2, RoundingMode.HALF_UP), financialOk,
                financialOk && !h.nonEssentialVehicle() && !h.secondHome());
    }

    static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? ZERO : amount;
    }
}
