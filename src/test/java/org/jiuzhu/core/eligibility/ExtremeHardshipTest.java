package org.jiuzhu.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.core.eligibility.Households.apply;
import static org.jiuzhu.core.eligibility.Households.person;
import static org.jiuzhu.core.eligibility.Households.rural;
import static org.jiuzhu.core.eligibility.Settings.GUANGXI;
import static org.jiuzhu.core.eligibility.Settings.LINFEN;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ExtremeHardshipTest {

    private final ExtremeHardshipRule rule = new ExtremeHardshipRule();

    @ParameterizedTest
    @MethodSource("org.jiuzhu.core.eligibility.Settings#regions")
    void a_seventy_year_old_living_alone_with_no_supporter_is_in_extreme_hardship(RegionalSettings settings) {
        Household h = rural(person(70)).income(IncomeKind.PENSION, "300").build();

        CategoryFinding finding = apply(rule, h, settings).orElseThrow();

        assertThat(finding.category()).isEqualTo(Category.EXTREME_HARDSHIP);
        assertThat(finding.members()).containsExactly(0);
        assertThat(finding.reasons()).first().isEqualTo(Reason.of("core.eligibility.extreme.member", 1, 70));
        assertThat(finding.reasons().get(1).key()).isEqualTo("core.eligibility.extreme.income");
        assertThat(finding.documents()).contains("core.document.supporterStatement");
    }

    @ParameterizedTest
    @MethodSource("org.jiuzhu.core.eligibility.Settings#regions")
    void a_seventy_year_old_with_an_able_supporter_is_not(RegionalSettings settings) {
        Household h = rural(person(70).withAbleSupporter()).income(IncomeKind.PENSION, "300").build();

        assertThat(apply(rule, h, settings)).isEmpty();
    }

    @Test
    void a_seventy_year_old_living_with_a_son_who_can_work_is_not() {
        Household h = rural(person(70), person(40).unemployed()).income("500").build();

        assertThat(apply(rule, h, LINFEN)).isEmpty();
    }

    @Test
    void only_the_members_without_a_supporter_are_in_extreme_hardship_not_the_household() {
        Household h = rural(person(72), person(9).student().withAbleSupporter()).income("400").build();

        assertThat(apply(rule, h, GUANGXI)).get()
                .satisfies(f -> assertThat(f.members()).containsExactly(0))
                .satisfies(f -> assertThat(f.reasons()).extracting(Reason::args)
                        .containsExactly(List.of("1", "72"), List.of("200.00", "560.00"), List.of()));
    }

    @Test
    void a_severely_disabled_adult_or_one_who_cannot_work_counts_as_unable_to_work() {
        Household disabled = rural(person(30).disabled(DisabilityType.PHYSICAL, 1)).income("200").build();
        Household unable = rural(person(45).unableToWork()).income("200").build();

        assertThat(apply(rule, disabled, LINFEN)).isPresent();
        assertThat(apply(rule, unable, GUANGXI)).isPresent();
    }

    @Test
    void income_at_the_standard_rules_extreme_hardship_out() {
        assertThat(apply(rule, rural(person(70)).income("620").build(), LINFEN)).isEmpty();
        assertThat(apply(rule, rural(person(70)).income("619.99").build(), LINFEN)).isPresent();
        assertThat(apply(rule, rural(person(70)).income("560").build(), GUANGXI)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.jiuzhu.core.eligibility.Settings#regions")
    void assets_over_the_limit_rule_extreme_hardship_out(RegionalSettings settings) {
        Household h = rural(person(70)).income("300").assets("50000").build();

        assertThat(apply(rule, h, settings)).isEmpty();
    }
}
