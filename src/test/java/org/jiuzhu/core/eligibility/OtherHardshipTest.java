package org.jiuzhu.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.core.eligibility.Households.apply;
import static org.jiuzhu.core.eligibility.Households.person;
import static org.jiuzhu.core.eligibility.Households.rural;
import static org.jiuzhu.core.eligibility.Households.urban;
import static org.jiuzhu.core.eligibility.Settings.GUANGXI;
import static org.jiuzhu.core.eligibility.Settings.LINFEN;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OtherHardshipTest {

    private final OtherHardshipRule rule = new OtherHardshipRule();

    @ParameterizedTest
    @MethodSource("org.jiuzhu.core.eligibility.Settings#regions")
    void a_seriously_ill_member_in_a_household_no_other_category_fits_goes_to_a_case_conference(RegionalSettings s) {
        Household h = urban(person(50).seriouslyIll(), person(48)).income("6000").build();

        CategoryFinding finding = apply(rule, h, s).orElseThrow();

        assertThat(finding.category()).isEqualTo(Category.OTHER_HARDSHIP);
        assertThat(finding.members()).containsExactly(0, 1);
        assertThat(finding.reasons()).containsExactly(Reason.of("core.eligibility.other.caseConference"));
        assertThat(finding.documents()).contains("core.document.diagnosis");
    }

    @Test
    void a_severely_disabled_member_a_sudden_hardship_or_a_disaster_also_count() {
        assertThat(apply(rule, urban(person(30).disabled(DisabilityType.MENTAL, 3)).income("5000").build(), LINFEN))
                .isPresent();
        assertThat(apply(rule, rural(person(40)).income("5000").suddenHardship().build(), GUANGXI)).isPresent();
        assertThat(apply(rule, rural(person(40)).income("5000").disasterAffected().build(), LINFEN)).isPresent();
    }

    @Test
    void a_household_that_already_has_a_category_needs_no_case_conference() {
        Household h = urban(person(50).seriouslyIll()).income("300").build();
        CategoryFinding dibao = apply(new DibaoRule(), h, LINFEN).orElseThrow();

        assertThat(apply(rule, h, LINFEN, dibao)).isEmpty();
    }

    @Test
    void a_household_over_the_asset_limits_is_not_proposed_for_a_case_conference() {
        Household h = urban(person(50).seriouslyIll()).income("6000").assets("500000").build();

        assertThat(apply(rule, h, LINFEN)).isEmpty();
        assertThat(apply(rule, urban(person(50).seriouslyIll()).income("6000").assets("30000").build(), LINFEN))
                .isPresent();
    }

    @ParameterizedTest
    @MethodSource("org.jiuzhu.core.eligibility.Settings#regions")
    void a_household_without_any_hardship_gets_nothing(RegionalSettings s) {
        Household h = urban(person(50), person(48).disabled(DisabilityType.PHYSICAL, 4)).income("6000").build();

        assertThat(apply(rule, h, s)).isEmpty();
    }
}
