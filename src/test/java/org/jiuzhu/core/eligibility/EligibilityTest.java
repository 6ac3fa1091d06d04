package org.jiuzhu.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.core.eligibility.Households.person;
import static org.jiuzhu.core.eligibility.Households.rural;
import static org.jiuzhu.core.eligibility.Households.urban;
import static org.jiuzhu.core.eligibility.Households.yuan;
import static org.jiuzhu.core.eligibility.Settings.GUANGXI;
import static org.jiuzhu.core.eligibility.Settings.LINFEN;

import org.junit.jupiter.api.Test;

class EligibilityTest {

    private final Eligibility eligibility = new Eligibility();

    @Test
    void echoes_the_settings_version_and_region_it_used() {
        Household h = urban(person(40)).income("5000").build();

        assertThat(eligibility.assess(h, LINFEN)).satisfies(a -> {
            assertThat(a.settingsVersion()).isEqualTo(3L);
            assertThat(a.regionCode()).isEqualTo("141000");
            assertThat(a.dibaoStandard()).isEqualByComparingTo("760");
        });
        assertThat(eligibility.assess(h, GUANGXI)).satisfies(a -> {
            assertThat(a.settingsVersion()).isEqualTo(7L);
            assertThat(a.regionCode()).isEqualTo("450000");
            assertThat(a.dibaoStandard()).isEqualByComparingTo("830");
        });
    }

    @Test
    void estimates_the_monthly_dibao_as_the_standard_times_the_members_less_the_income() {
        Household h = urban(person(40), person(38), person(10)).income("1500").build();
        Household ruralHousehold = rural(person(40), person(38), person(10)).income("1500").build();

        assertThat(eligibility.assess(h, LINFEN).estimatedMonthlyDibao()).isEqualTo(yuan("780.00"));
        assertThat(eligibility.assess(ruralHousehold, GUANGXI).estimatedMonthlyDibao()).isEqualTo(yuan("180.00"));
    }

    @Test
    void the_estimate_counts_income_after_work_costs() {
        Household h = urban(person(35)).income("800").workCosts("100").build();

        Assessment a = eligibility.assess(h, LINFEN);

        assertThat(a.perCapitaMonthlyIncome()).isEqualTo(yuan("700.00"));
        assertThat(a.estimatedMonthlyDibao()).isEqualTo(yuan("60.00"));
    }

    @Test
    void work_costs_larger_than_the_income_leave_it_at_zero_not_below() {
        Household h = rural(person(35)).income("100").workCosts("300").build();

        Assessment a = eligibility.assess(h, GUANGXI);

        assertThat(a.perCapitaMonthlyIncome()).isEqualTo(yuan("0.00"));
        assertThat(a.estimatedMonthlyDibao()).isEqualTo(yuan("560.00"));
    }

    @Test
    void no_estimate_without_a_whole_household_dibao() {
        Household marginal = urban(person(48), person(20).disabled(DisabilityType.INTELLECTUAL, 3)).income("2000")
                .build();

        Assessment a = eligibility.assess(marginal, LINFEN);

        assertThat(a.categories()).extracting(CategoryFinding::category)
                .containsExactly(Category.DIBAO_MARGINAL, Category.DIBAO);
        assertThat(a.estimatedMonthlyDibao()).isNull();
    }

    @Test
    void assets_over_the_limit_give_nothing_but_a_note() {
        Household h = urban(person(40)).income("300").assets("40000").build();

        Assessment linfen = eligibility.assess(h, LINFEN);
        Assessment guangxi = eligibility.assess(h, GUANGXI);

        assertThat(linfen.qualifiesForAnything()).isFalse();
        assertThat(linfen.notes()).containsExactly(Reason.of("core.eligibility.note.assets", "40000.00", "30000.00"));
        assertThat(guangxi.categories()).isEmpty();
        assertThat(guangxi.aids()).isEmpty();
        assertThat(guangxi.notes()).containsExactly(Reason.of("core.eligibility.note.assets", "40000.00", "20000.00"));
    }

    @Test
    void a_vehicle_and_a_second_home_each_get_their_own_note() {
        Household h = urban(person(40)).income("300").vehicle().secondHome().build();

        assertThat(eligibility.assess(h, LINFEN).notes()).containsExactly(Reason.of("core.eligibility.note.vehicle"),
                Reason.of("core.eligibility.note.secondHome"));
    }

    @Test
    void the_medical_aid_ratio_is_the_one_of_the_highest_category_present() {
        Household destitute = rural(person(72), person(9).withAbleSupporter()).income("400").build();
        Household marginal = urban(person(48), person(46)).income("2000").build();
        Household comfortable = urban(person(48)).income("9000").build();

        assertThat(eligibility.assess(destitute, LINFEN).medicalAidRatio()).isEqualTo(100);
        assertThat(eligibility.assess(destitute, GUANGXI).categories()).extracting(CategoryFinding::category)
                .containsExactly(Category.EXTREME_HARDSHIP, Category.DIBAO);
        assertThat(eligibility.assess(marginal, LINFEN).medicalAidRatio()).isEqualTo(60);
        assertThat(eligibility.assess(comfortable, GUANGXI).medicalAidRatio()).isNull();
    }

    @Test
    void a_comfortable_household_without_hardship_gets_nothing() {
        Assessment a = eligibility.assess(urban(person(40), person(38)).income("9000").build(), GUANGXI);

        assertThat(a.qualifiesForAnything()).isFalse();
        assertThat(a.estimatedMonthlyDibao()).isNull();
        assertThat(a.notes()).isEmpty();
    }

    @Test
    void a_marginal_household_with_heavy_spending_is_both_marginal_and_rigid_expense() {
        Household h = urban(person(48), person(46)).income("2000").expense(ExpenseKind.EDUCATION, "12000").build();

        assertThat(eligibility.assess(h, LINFEN).categories()).extracting(CategoryFinding::category)
                .containsExactly(Category.DIBAO_MARGINAL, Category.RIGID_EXPENSE);
    }
}
