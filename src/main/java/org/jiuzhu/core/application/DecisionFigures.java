package org.jiuzhu.core.application;

import jakarta.inject.Singleton;
import org.jiuzhu.core.eligibility.Assessment;
import org.jiuzhu.core.eligibility.Category;
import org.jiuzhu.core.eligibility.CategoryFinding;
import org.jiuzhu.core.eligibility.Household;
import org.jiuzhu.core.form.FieldErrors;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of an approval: which categories may be chosen, when a support amount or a note is required, and the
 * amounts and medical-aid ratios that follow from the verified assessment.
 */
@Singleton
class DecisionFigures {

    private static final Set<Category> COUNTY_SET = Decisions.COUNTY_SET;

    void check(Decisions.Approval approval, Assessment proposal, boolean objected, String note, FieldErrors errors) {
        Set<Category> chosen = approval.categories();
        Set<Category> allowed = EnumSet.of(Category.OTHER_HARDSHIP);
        proposal.categories().forEach(c -> allowed.add(c.category()));
        if (chosen.isEmpty()) {
            errors.add("categories", "core.decision.error.categories");
        } else if (!allowed.containsAll(chosen)) {
            errors.add("categories", "core.decision.error.notFound");
        }
        if (chosen.contains(Category.EXTREME_HARDSHIP) && chosen.contains(Category.DIBAO) && overlap(proposal)) {
            // Destitute members get the county's support instead of dibao: both would pay the same people twice.
            errors.add("categories", "core.decision.error.overlap");
        }
        boolean countySet = chosen.stream().anyMatch(COUNTY_SET::contains);
        BigDecimal support = approval.supportAmount();
        if (countySet && (support == null || support.signum() <= 0)) {
            errors.add("supportAmount", "core.decision.error.support");
        } else if (!countySet && support != null && support.signum() != 0) {
            errors.add("supportAmount", "core.decision.error.supportNotAllowed");
        }
        if (note.isEmpty() && objected) {
            errors.add("note", "core.decision.error.objections");
        } else if (note.isEmpty() && chosen.contains(Category.OTHER_HARDSHIP)) {
            errors.add("note", "core.decision.error.conference");
        }
    }

    private static boolean overlap(Assessment proposal) {
        List<Integer> destitute = proposal.categories().stream().filter(c -> c.category() == Category.EXTREME_HARDSHIP)
                .flatMap(c -> c.members().stream()).toList();
        return proposal.categories().stream().filter(c -> c.category() == Category.DIBAO)
                .flatMap(c -> c.members().stream()).anyMatch(destitute::contains);
    }

    Decision approval(Application application, VerifiedFigures verified, Assessment proposal,
                      Decisions.Approval approval, String note, LocalDate paymentFrom, Instant now) {
        List<Category> categories = approval.categories().stream().sorted().toList();
        boolean countySet = categories.stream().anyMatch(COUNTY_SET::contains);
        Optional<CategoryFinding> dibao = categories.contains(Category.DIBAO)
                ? proposal.categories().stream().filter(c -> c.category() == Category.DIBAO).findFirst()
                : Optional.empty();
        BigDecimal standard = dibao.map(d -> proposal.dibaoStandard()).orElse(null);
        // 单人户: the members taken in on their own, with no income of theirs counted against the standard.
        Integer members = dibao.map(d -> d.individual() ? d.members().size() : application.members().size()).orElse(null);
        BigDecimal income = dibao.map(d -> d.individual() ? BigDecimal.ZERO : verified.monthlyIncome()).orElse(null);
        BigDecimal amount = dibao.map(d -> standard.multiply(BigDecimal.valueOf(members)).subtract(income)
                .max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP)).orElse(null);
        return new Decision(true, categories, standard, members, income, amount,
                countySet ? approval.supportAmount().setScale(2, RoundingMode.HALF_UP) : null, paymentFrom, note,
                proposal.settingsVersion(), now, memberAids(application, verified, proposal, approval.categories()));
    }

    /** Each member's highest approved category that covers them (就高), and its medical-aid ratio. */
    private static List<Decision.MemberAid> memberAids(Application application, VerifiedFigures verified,
                                                       Assessment proposal, Set<Category> approved) {
        Household household = Proposals.verifiedHousehold(application, verified);
        List<Decision.MemberAid> aids = new ArrayList<>();
        for (int i = 0; i < application.members().size(); i++) {
            int index = i;
            proposal.categories().stream()
                    .filter(c -> approved.contains(c.category()) && c.members().contains(index))
                    .min(Comparator.comparing(CategoryFinding::category))
                    .ifPresent(c -> aids.add(new Decision.MemberAid(application.members().get(index).position(),
                            c.category(), c.medicalRatioFor(household, index))));
        }
        return aids;
    }
}
