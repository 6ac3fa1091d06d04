package org.jiuzhu.core.eligibility;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** 低保边缘: not dibao, per-capita income strictly below k x standard (k is regional), assets within limits. */
final class MarginalRule implements CategoryRule {

    @Override
    public Optional<CategoryFinding> apply(Household h, Figures f, RegionalSettings s, List<CategoryFinding> earlier) {
        if (!f.assetsWithinLimits() || Rules.wholeHouseholdDibao(earlier)) {
            return Optional.empty();
        }
        BigDecimal line = Rules.times(s.marginalMultiplier(), f.standard());
        if (f.perCapitaMonthly().compareTo(line) >= 0) {
            return Optional.empty();
        }
        List<Reason> reasons = List.of(
                Reason.of("core.eligibility.marginal.income", Rules.amount(f.perCapitaMonthly()),
                        Rules.factor(s.marginalMultiplier()), Rules.amount(line)),
                Rules.ASSETS_OK);
        return Optional.of(new CategoryFinding(Category.DIBAO_MARGINAL, Rules.everyone(h), false, false, reasons,
                Rules.documents(h)));
    }
}
