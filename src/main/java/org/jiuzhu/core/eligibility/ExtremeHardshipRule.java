package org.jiuzhu.core.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 特困: members with no capacity to work and no able supporter, in a household below the dibao standard with
 * assets within limits. Only those members, not the household.
 */
final class ExtremeHardshipRule implements CategoryRule {

    @Override
    public Optional<CategoryFinding> apply(Household h, Figures f, RegionalSettings s, List<CategoryFinding> earlier) {
        if (!f.assetsWithinLimits() || f.perCapitaMonthly().compareTo(f.standard()) >= 0) {
            return Optional.empty();
        }
        // A member who can work is a supporter living in the home (ableSupporter only speaks of people outside it)
        if (Rules.anyMember(h, m -> !unableToWork(m))) {
            return Optional.empty();
        }
        List<Integer> members = Rules.membersWhere(h, m -> !m.ableSupporter());
        if (members.isEmpty()) {
            return Optional.empty();
        }
        List<Reason> reasons = new ArrayList<>();
        for (int i : members) {
            reasons.add(Reason.of("core.eligibility.extreme.member", i + 1, h.members().get(i).age()));
        }
        reasons.add(Reason.of("core.eligibility.extreme.income", Rules.amount(f.perCapitaMonthly()),
                Rules.amount(f.standard())));
        reasons.add(Rules.ASSETS_OK);
        return Optional.of(new CategoryFinding(Category.EXTREME_HARDSHIP, members, false, false, List.copyOf(reasons),
                Rules.documents(h, "core.document.supporterStatement")));
    }

    static boolean unableToWork(Member m) {
        return m.age() >= 60 || m.age() < 16 || m.severelyDisabled() || m.employment() == Employment.UNABLE_TO_WORK;
    }
}
