package org.jiuzhu.core.eligibility;

import java.util.List;
import java.util.Optional;

/**
 * 单人户: severely disabled or seriously ill members of a dibao-marginal household may be taken into dibao on
 * their own (Linfen, Hubei). Must run after {@link MarginalRule}.
 */
final class IndividualDibaoRule implements CategoryRule {

    @Override
    public Optional<CategoryFinding> apply(Household h, Figures f, RegionalSettings s, List<CategoryFinding> earlier) {
        if (!Rules.has(earlier, Category.DIBAO_MARGINAL)) {
            return Optional.empty();
        }
        List<Integer> members = Rules.membersWhere(h, m -> m.severelyDisabled() || m.seriouslyIll());
        if (members.isEmpty()) {
            return Optional.empty();
        }
        List<Reason> reasons = members.stream()
                .map(i -> Reason.of("core.eligibility.dibao.individual", i + 1))
                .toList();
        return Optional.of(new CategoryFinding(Category.DIBAO, members, true, false, reasons, Rules.documents(h)));
    }
}
