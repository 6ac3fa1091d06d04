package org.jiuzhu.core.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/** Small helpers the rules share: member indexes, formatted amounts, documents to bring. */
final class Rules {

    static final Reason ASSETS_OK = Reason.of("core.eligibility.assets.ok");

    private Rules() {
    }

    static List<Integer> everyone(Household h) {
        return IntStream.range(0, h.members().size()).boxed().toList();
    }

    static List<Integer> membersWhere(Household h, Predicate<Member> test) {
        return IntStream.range(0, h.members().size()).filter(i -> test.test(h.members().get(i))).boxed().toList();
    }

    static boolean anyMember(Household h, Predicate<Member> test) {
        return h.members().stream().anyMatch(test);
    }

    static boolean wholeHouseholdDibao(List<CategoryFinding> findings) {
        return findings.stream().anyMatch(c -> c.category() == Category.DIBAO && !c.individual());
    }

    static boolean has(List<CategoryFinding> findings, Category category) {
        return findings.stream().anyMatch(c -> c.category() == category);
    }

    static String amount(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A multiplier as people write it: "1.5", "2". */
    static String factor(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static BigDecimal times(BigDecimal factor, BigDecimal standard) {
        return factor.multiply(standard).setScale(2, RoundingMode.HALF_UP);
    }

    /** What every category asks for, plus the certificates this household's situation calls for. */
    static List<String> documents(Household h, String... extra) {
        List<String> docs = new ArrayList<>(List.of("core.document.idCards", "core.document.hukou",
                "core.document.incomeProof"));
        if (anyMember(h, m -> m.disability() != DisabilityType.NONE)) {
            docs.add("core.document.disabilityCertificate");
        }
        if (anyMember(h, Member::seriouslyIll)) {
            docs.add("core.document.diagnosis");
        }
        if (Figures.orZero(h.workCosts()).signum() > 0) {
            docs.add("core.document.workCosts");
        }
        docs.addAll(List.of(extra));
        return List.copyOf(docs);
    }
}
