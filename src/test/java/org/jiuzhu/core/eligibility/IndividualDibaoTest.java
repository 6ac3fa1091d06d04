package org.jiuzhu.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.core.eligibility.Households.apply;
import static org.jiuzhu.core.eligibility.Households.person;
import static org.jiuzhu.core.eligibility.Households.rural;
import static org.jiuzhu.core.eligibility.Households.urban;
import static org.jiuzhu.core.eligibility.Settings.GUANGXI;
import static org.jiuzhu.core.eligibility.Settings.LINFEN;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 单人户: severely disabled or seriously ill members of a marginal household are taken into dibao on their own. */
class IndividualDibaoTest {

    private final IndividualDibaoRule rule = new IndividualDibaoRule();

    @Test
    void a_member_with_grade_three_intellectual_disability_in_a_marginal_household_gets_dibao_on_their_own() {
        Household h = urban(person(48), person(46), person(20).disabled(DisabilityType.INTELLECTUAL, 3))
                .income("3000").build();

        CategoryFinding finding = afterMarginal(h, LINFEN).orElseThrow();

        assertThat(finding.category()).isEqualTo(Category.DIBAO);
        assertThat(finding.individual()).isTrue();
        assertThat(finding.members()).containsExactly(2);
        assertThat(finding.reasons()).containsExactly(Reason.of("core.eligibility.dibao.individual", 3));
        assertThat(finding.documents()).contains("core.document.disabilityCertificate");
    }

    @Test
    void a_grade_three_physical_disability_is_not_severe_enough() {
        Household h = urban(person(48), person(20).disabled(DisabilityType.PHYSICAL, 3)).income("2000").build();

        assertThat(afterMarginal(h, LINFEN)).isEmpty();
    }

    @Test
    void seriously_ill_and_grade_one_members_each_qualify() {
        Household h = urban(person(60).seriouslyIll(), person(58), person(30).disabled(DisabilityType.VISUAL, 1))
                .income("3000").build();

        assertThat(afterMarginal(h, GUANGXI)).get()
                .satisfies(f -> assertThat(f.members()).containsExactly(0, 2));
    }

    @Test
    void the_same_household_has_an_individual_member_in_guangxi_but_none_in_linfen() {
        Household h = rural(person(50), person(25).disabled(DisabilityType.MENTAL, 2)).income("2016").build();

        assertThat(afterMarginal(h, GUANGXI)).isPresent();
        assertThat(afterMarginal(h, LINFEN)).isEmpty();
    }

    @Test
    void a_household_that_is_not_marginal_has_no_individual_dibao() {
        Household dibao = urban(person(48), person(20).disabled(DisabilityType.INTELLECTUAL, 3)).income("1000").build();
        CategoryFinding whole = apply(new DibaoRule(), dibao, LINFEN).orElseThrow();

        assertThat(apply(rule, dibao, LINFEN, whole)).isEmpty();
        assertThat(apply(rule, dibao, LINFEN)).isEmpty();
    }

    private Optional<CategoryFinding> afterMarginal(Household h, RegionalSettings s) {
        Optional<CategoryFinding> marginal = apply(new MarginalRule(), h, s);
        return marginal.isEmpty() ? Optional.empty() : apply(rule, h, s, marginal.get());
    }
}
