package org.jiuzhu.core.eligibility;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The special aids that follow from the categories found; each member's aid follows their highest one (就高). */
final class Aids {

    private static final Set<Housing> UNSAFE = EnumSet.of(Housing.DANGEROUS_C, Housing.DANGEROUS_D, Housing.NO_DWELLING);

    private Aids() {
    }

    static List<AidFinding> derive(Household h, List<CategoryFinding> findings) {
        return Stream.of(medical(h, highest(findings)), education(h, findings), housing(h, findings),
                        employment(h, findings), disaster(h), temporary(h, findings), care(h, findings))
                .flatMap(Optional::stream)
                .toList();
    }

    /** For each member in any finding, the finding of the highest category they are in. */
    static Map<Integer, CategoryFinding> highest(List<CategoryFinding> findings) {
        Map<Integer, CategoryFinding> top = new TreeMap<>();
        for (CategoryFinding c : findings) {
            for (int i : c.members()) {
                top.merge(i, c, (a, b) -> b.category().ordinal() < a.category().ordinal() ? b : a);
            }
        }
        return top;
    }

    /** Hubei's in-patient out-of-pocket share reimbursed under a category; null when no medical aid follows. */
    static Integer medicalRatio(CategoryFinding c) {
        return switch (c.category()) {
            case EXTREME_HARDSHIP -> 100;
            case DIBAO -> 70;
            case DIBAO_MARGINAL -> 60;
            case RIGID_EXPENSE -> c.illnessImpoverished() ? 50 : null;
            case OTHER_HARDSHIP -> null;
        };
    }

    private static Optional<AidFinding> medical(Household h, Map<Integer, CategoryFinding> highest) {
        List<Integer> members = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        highest.forEach((i, c) -> {
            Integer ratio = medicalRatio(c);
            // 因病致贫重病患者: the 50% share is the seriously ill person's, not the whole household's
            boolean covered = ratio != null && (c.category() != Category.RIGID_EXPENSE || h.members().get(i).seriouslyIll());
            if (covered) {
                members.add(i);
                reasons.add(Reason.of("core.eligibility.aid.medical", i + 1, ratio));
            }
        });
        // One sentence when everyone is covered at one ratio: easier to read than a line per member.
        boolean oneRatioForAll = members.size() == h.members().size()
                && reasons.stream().map(r -> r.args().get(1)).distinct().count() == 1;
        List<Reason> said = oneRatioForAll
                ? List.of(Reason.of("core.eligibility.aid.medical.household", reasons.get(0).args().get(1))) : reasons;
        return aid(SpecialAid.MEDICAL, members, said, List.of("core.document.medicalBills"));
    }

    private static Optional<AidFinding> education(Household h, List<CategoryFinding> findings) {
        if (findings.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> students = Rules.membersWhere(h, Member::student);
        return aid(SpecialAid.EDUCATION, students, perMember("core.eligibility.aid.education", students),
                List.of("core.document.schoolEnrollment"));
    }

    private static Optional<AidFinding> housing(Household h, List<CategoryFinding> findings) {
        if (h.urban() || findings.isEmpty() || !UNSAFE.contains(h.housing())) {
            return Optional.empty();
        }
        List<String> documents = h.housing() == Housing.NO_DWELLING ? List.of() : List.of("core.document.houseAppraisal");
        return aid(SpecialAid.HOUSING, Rules.everyone(h), List.of(Reason.of("core.eligibility.aid.housing")), documents);
    }

    private static Optional<AidFinding> employment(Household h, List<CategoryFinding> findings) {
        if (!Rules.wholeHouseholdDibao(findings) && !Rules.has(findings, Category.DIBAO_MARGINAL)) {
            return Optional.empty();
        }
        List<Integer> jobseekers = Rules.membersWhere(h, m -> m.age() >= 16 && m.age() <= 59 && !m.severelyDisabled()
                && !m.seriouslyIll() && m.employment() == Employment.UNEMPLOYED);
        return aid(SpecialAid.EMPLOYMENT, jobseekers, perMember("core.eligibility.aid.employment", jobseekers),
                List.of("core.document.unemploymentRegistration"));
    }

    private static Optional<AidFinding> disaster(Household h) {
        if (!h.disasterAffected()) {
            return Optional.empty();
        }
        return aid(SpecialAid.DISASTER, Rules.everyone(h), List.of(Reason.of("core.eligibility.aid.disaster")),
                List.of("core.document.damageStatement"));
    }

    private static Optional<AidFinding> temporary(Household h, List<CategoryFinding> findings) {
        List<Reason> reasons = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        if (h.suddenHardship()) {
            reasons.add(Reason.of("core.eligibility.aid.temporary.sudden"));
            documents.add("core.document.hardshipStatement");
        }
        if (Rules.has(findings, Category.RIGID_EXPENSE)) {
            reasons.add(Reason.of("core.eligibility.aid.temporary.rigid"));
            documents.add("core.document.expenseReceipts");
        }
        return reasons.isEmpty() ? Optional.empty()
                : aid(SpecialAid.TEMPORARY, Rules.everyone(h), reasons, documents);
    }

    private static Optional<AidFinding> care(Household h, List<CategoryFinding> findings) {
        Set<Integer> members = new TreeSet<>();
        for (CategoryFinding c : findings) {
            for (int i : c.members()) {
                Member m = h.members().get(i);
                boolean elderlyDestitute = c.category() == Category.EXTREME_HARDSHIP && m.age() >= 60;
                boolean severe = m.severelyDisabled()
                        && (c.category() == Category.EXTREME_HARDSHIP || c.category() == Category.DIBAO);
                if (elderlyDestitute || severe) {
                    members.add(i);
                }
            }
        }
        List<Integer> list = List.copyOf(members);
        return aid(SpecialAid.CARE_SERVICES, list, perMember("core.eligibility.aid.care", list), List.of());
    }

    private static List<Reason> perMember(String key, List<Integer> members) {
        return members.stream().map(i -> Reason.of(key, i + 1)).toList();
    }

    private static Optional<AidFinding> aid(SpecialAid aid, List<Integer> members, List<Reason> reasons,
                                            List<String> documents) {
        return members.isEmpty() ? Optional.empty()
                : Optional.of(new AidFinding(aid, List.copyOf(members), List.copyOf(reasons), List.copyOf(documents)));
    }
}
