package org.jiuzhu.core.eligibility;

import java.util.List;
import java.util.Optional;

/** 低保: per-capita monthly income strictly below the standard, assets within limits; the whole household. */
final class DibaoRule implements CategoryRule {

    @Override
    public Optional<CategoryFinding> apply(Household h, Figures f, RegionalSettings s, List<CategoryFinding> earlier) {
        if (!f.assetsWithinLimits() || f.perCapitaMonthly().compareTo(f.standard()) >= 0) {
            return Optional.empty();
        }
        List<Reason> reasons = List.of(
                Reason.of("core.eligibility.dibao.income", Rules.amount(f.perCapitaMonthly()), Rules.amount(f.standard())),
                Rules.ASSETS_OK);
        return Optional.of(new CategoryFinding(Category.DIBAO, Rules.everyone(h), false, false, reasons,
                Rules.documents(h)));
    }
}
