package org.jiuzhu.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.core.eligibility.Households.apply;
import static org.jiuzhu.core.eligibility.Households.person;
import static org.jiuzhu.core.eligibility.Households.urban;
import static org.jiuzhu.core.eligibility.Settings.GUANGXI;
import static org.jiuzhu.core.eligibility.Settings.LINFEN;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DibaoRuleTest {

    private final DibaoRule rule = new DibaoRule();

    @ParameterizedTest
    @MethodSource("org.jiuzhu.core.eligibility.Settings#places")
    void a_household_exactly_at_the_standard_is_not_dibao(Settings.Place place) {
        Household h = place.household(person(40), person(38)).income(twice(place.standard())).build();

        assertThat(apply(rule, h, place.settings())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.jiuzhu.core.eligibility.Settings#places")
    void a_household_one_cent_below_the_standard_is_dibao_as_a_whole(Settings.Place place) {
        BigDecimal perCapita = place.standard().subtract(new BigDecimal("0.01"));
        Household h = place.household(person(40), person(38)).income(twice(perCapita)).build();

        CategoryFinding finding = apply(rule, h, place.settings()).orElseThrow();

        assertThat(finding.category()).isEqualTo(Category.DIBAO);
        assertThat(finding.members()).containsExactly(0, 1);
        assertThat(finding.individual()).isFalse();
        assertThat(finding.reasons()).containsExactly(
                new Reason("core.eligibility.dibao.income", List.of(amount(perCapita), amount(place.standard()))),
                Reason.of("core.eligibility.assets.ok"));
    }

    @Test
    void work_costs_are_deducted_before_comparing_with_the_standard() {
        Household withoutCosts = urban(person(35)).income("800").build();
        Household withCosts = urban(person(35)).income("800").workCosts("100").build();

        assertThat(apply(rule, withoutCosts, LINFEN)).isEmpty();
        assertThat(apply(rule, withCosts, LINFEN)).get()
                .satisfies(f -> assertThat(f.reasons().get(0).args()).containsExactly("700.00", "760.00"))
                .satisfies(f -> assertThat(f.documents()).contains("core.document.workCosts"));
    }

    @Test
    void financial_assets_exactly_at_the_limit_per_person_still_qualify() {
        Household linfen = urban(person(50), person(48)).income("1000").assets("60000").build();
        Household guangxi = urban(person(50), person(48)).income("1000").assets("40000").build();

        assertThat(apply(rule, linfen, LINFEN)).isPresent();
        assertThat(apply(rule, guangxi, GUANGXI)).isPresent();
    }

    @Test
    void one_cent_over_the_asset_limit_rules_dibao_out() {
        Household linfen = urban(person(50), person(48)).income("1000").assets("60000.01").build();
        Household guangxi = urban(person(50), person(48)).income("1000").assets("40000.01").build();

        assertThat(apply(rule, linfen, LINFEN)).isEmpty();
        assertThat(apply(rule, guangxi, GUANGXI)).isEmpty();
    }

    @Test
    void a_non_essential_vehicle_or_a_second_home_rules_dibao_out() {
        assertThat(apply(rule, urban(person(50)).income("300").vehicle().build(), LINFEN)).isEmpty();
        assertThat(apply(rule, urban(person(50)).income("300").secondHome().build(), GUANGXI)).isEmpty();
    }

    @Test
    void asks_for_the_basic_documents() {
        Optional<CategoryFinding> finding = apply(rule, urban(person(50)).income("300").build(), GUANGXI);

        assertThat(finding).get().extracting(CategoryFinding::documents).isEqualTo(
                List.of("core.document.idCards", "core.document.hukou", "core.document.incomeProof"));
    }

    @Test
    void asks_for_the_disability_certificate_and_the_diagnosis_when_the_household_needs_them() {
        Household h = urban(person(50).disabled(DisabilityType.PHYSICAL, 4), person(48).seriouslyIll())
                .income("300").build();

        assertThat(apply(rule, h, LINFEN).orElseThrow().documents())
                .contains("core.document.disabilityCertificate", "core.document.diagnosis");
    }

    private static String twice(BigDecimal perCapita) {
        return perCapita.multiply(BigDecimal.valueOf(2)).toPlainString();
    }

    private static String amount(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
