package org.jiuzhu.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.core.eligibility.Households.apply;
import static org.jiuzhu.core.eligibility.Households.person;
import static org.jiuzhu.core.eligibility.Households.rural;
import static org.jiuzhu.core.eligibility.Households.urban;
import static org.jiuzhu.core.eligibility.Settings.GUANGXI;
import static org.jiuzhu.core.eligibility.Settings.LINFEN;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarginalRuleTest {

    private final MarginalRule rule = new MarginalRule();

    @Test
    void a_linfen_household_exactly_at_one_and_a_half_times_the_standard_is_not_marginal() {
        assertThat(apply(rule, urban(person(45)).income("1140").build(), LINFEN)).isEmpty();
        assertThat(apply(rule, rural(person(45)).income("930").build(), LINFEN)).isEmpty();
    }

    @Test
    void a_linfen_household_one_cent_below_one_and_a_half_times_the_standard_is_marginal() {
        CategoryFinding finding = apply(rule, urban(person(45)).income("1139.99").build(), LINFEN).orElseThrow();

        assertThat(finding.category()).isEqualTo(Category.DIBAO_MARGINAL);
        assertThat(finding.members()).containsExactly(0);
        assertThat(finding.reasons()).containsExactly(
                new Reason("core.eligibility.marginal.income", List.of("1139.99", "1.5", "1140.00")),
                Reason.of("core.eligibility.assets.ok"));
        assertThat(apply(rule, rural(person(45)).income("929.99").build(), LINFEN)).isPresent();
    }

    @Test
    void in_guangxi_the_line_is_twice_the_standard() {
        assertThat(apply(rule, urban(person(45)).income("1660").build(), GUANGXI)).isEmpty();
        assertThat(apply(rule, urban(person(45)).income("1659.99").build(), GUANGXI)).get()
                .satisfies(f -> assertThat(f.reasons().get(0).args()).containsExactly("1659.99", "2", "1660.00"));
    }

    @Test
    void the_same_household_at_one_point_eight_times_the_guangxi_standard_is_marginal_there_but_not_in_linfen() {
        Household h = rural(person(45), person(44)).income("2016").build();

        assertThat(apply(rule, h, GUANGXI)).isPresent();
        assertThat(apply(rule, h, LINFEN)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.jiuzhu.core.eligibility.Settings#places")
    void a_dibao_household_is_not_also_marginal(Settings.Place place) {
        Household h = place.household(person(45)).income(place.standard().subtract(BigDecimal.ONE).toPlainString())
                .build();
        CategoryFinding dibao = apply(new DibaoRule(), h, place.settings()).orElseThrow();

        assertThat(apply(rule, h, place.settings(), dibao)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.jiuzhu.core.eligibility.Settings#regions")
    void assets_over_the_limit_rule_marginal_out(RegionalSettings settings) {
        Household h = urban(person(45)).income("1000").assets("30000.01").build();

        assertThat(apply(rule, h, settings)).isEmpty();
        assertThat(apply(rule, urban(person(45)).income("1000").vehicle().build(), settings)).isEmpty();
    }
}
