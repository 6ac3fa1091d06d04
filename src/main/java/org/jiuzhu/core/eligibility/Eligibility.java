package org.jiuzhu.core.eligibility;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Assesses a household against one version of its region's settings: every category it or its members may be
 * in (one application, every category), the special aids that follow, and the reasons in plain words.
 */
@Singleton
public class Eligibility {

    // Order matters: marginal needs to know about dibao, 单人户 about marginal, the others about everything before.
    private static final List<CategoryRule> RULES = List.of(new ExtremeHardshipRule(), new DibaoRule(),
            new MarginalRule(), new IndividualDibaoRule(), new RigidExpenseRule(), new OtherHardshipRule());

    public Assessment assess(Household household, RegionalSettings settings) {
        Figures figures = Figures.of(household, settings);
        List<CategoryFinding> findings = new ArrayList<>();
        for (CategoryRule rule : RULES) {
            rule.apply(household, figures, settings, List.copyOf(findings)).ifPresent(findings::add);
        }
        return new Assessment(settings.version(), settings.regionCode(), figures.perCapitaMonthly(),
                figures.standard(), List.copyOf(findings), Aids.derive(household, findings),
                estimatedMonthlyDibao(figures, findings), medicalAidRatio(findings), notes(household, figures, settings));
    }

    /** The gap to the standard for the whole household; 单人户 amounts are set by the county, not estimated here. */
    private static BigDecimal estimatedMonthlyDibao(Figures f, List<CategoryFinding> findings) {
        if (!Rules.wholeHouseholdDibao(findings)) {
            return null;
        }
        return f.standard().multiply(BigDecimal.valueOf(f.members())).subtract(f.monthlyIncome())
                .setScale(2, RoundingMode.HALF_UP);
    }

    /** The ratio of the highest category present; the ratios fall with the category, so the largest wins. */
    private static Integer medicalAidRatio(List<CategoryFinding> findings) {
        return findings.stream().map(Aids::medicalRatio).filter(Objects::nonNull).max(Integer::compare).orElse(null);
    }

    private static List<Reason> notes(Household h, Figures f, RegionalSettings s) {
        List<Reason> notes = new ArrayList<>();
        if (!f.financialAssetsWithinLimit()) {
            notes.add(Reason.of("core.eligibility.note.assets", Rules.amount(f.financialAssetsPerPerson()),
                    Rules.amount(s.assetLimitPerPerson())));
        }
        if (h.nonEssentialVehicle()) {
            notes.add(Reason.of("core.eligibility.note.vehicle"));
        }
        if (h.secondHome()) {
            notes.add(Reason.of("core.eligibility.note.secondHome"));
        }
        return List.copyOf(notes);
    }
}
