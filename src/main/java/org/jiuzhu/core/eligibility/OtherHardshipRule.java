package org.jiuzhu.core.eligibility;

import java.util.List;
import java.util.Optional;

/**
 * 其他困难人员: when no other category applies but the household has a sudden hardship, a disaster, a seriously
 * ill or a severely disabled member, the county decides case by case (一事一议); this only proposes the case.
 * A household over the asset limits is not proposed: its hardship is one it can meet from its own means.
 */
final class OtherHardshipRule implements CategoryRule {

    @Override
    public Optional<CategoryFinding> apply(Household h, Figures f, RegionalSettings s, List<CategoryFinding> earlier) {
        boolean hardship = h.suddenHardship() || h.disasterAffected()
                || Rules.anyMember(h, m -> m.seriouslyIll() || m.severelyDisabled());
        if (!earlier.isEmpty() || !hardship || !f.assetsWithinLimits()) {
            return Optional.empty();
        }
        return Optional.of(new CategoryFinding(Category.OTHER_HARDSHIP, Rules.everyone(h), false, false,
                List.of(Reason.of("core.eligibility.other.caseConference")), Rules.documents(h)));
    }
}
