package org.jiuzhu.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.core.eligibility.Households.apply;
import static org.jiuzhu.core.eligibility.Households.person;
import static org.jiuzhu.core.eligibility.Households.urban;
import static org.jiuzhu.core.eligibility.Settings.GUANGXI;
import static org.jiuzhu.core.eligibility.Settings.LINFEN;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RigidExpenseTest {

    private final RigidExpenseRule rule = new RigidExpenseRule();

    @ParameterizedTest
    @MethodSource("org.jiuzhu.core.eligibility.Settings#regions")
    void medical_bills_larger_than_the_annual_income_make_a_rigid_expense_household(RegionalSettings settings) {
        Household h = urban(person(50), person(48)).income("2000").expense(ExpenseKind.MEDICAL, "30000").build();

        CategoryFinding finding = apply(rule, h, settings).orElseThrow();

        assertThat(finding.category()).isEqualTo(Category.RIGID_EXPENSE);
        assertThat(finding.members()).containsExactly(0, 1);
        assertThat(finding.reasons()).extracting(Reason::key).containsExactly("core.eligibility.rigid.income",
                "core.eligibility.rigid.outgoings", "core.eligibility.assets.ok");
        assertThat(finding.reasons().get(1).args()).containsExactly("30000.00", "24000.00");
        assertThat(finding.documents()).contains("core.document.expenseReceipts");
    }

    @Test
    void little_left_after_rigid_spending_makes_a_rigid_expense_household() {
        Household h = urban(person(45), person(15).student()).income("4000").expense(ExpenseKind.EDUCATION, "20000")
                .build();

        CategoryFinding finding = apply(rule, h, LINFEN).orElseThrow();

        assertThat(finding.reasons()).containsExactly(
                new Reason("core.eligibility.rigid.income", List.of("24000.00", "28000.00")),
                new Reason("core.eligibility.rigid.remaining", List.of("1166.67", "1520.00")),
                Reason.of("core.eligibility.assets.ok"));
        assertThat(finding.illnessImpoverished()).isFalse();
    }

    @Test
    void what_is_left_exactly_at_twice_the_standard_is_not_enough() {
        Household at = urban(person(45), person(44)).income("4000").expense(ExpenseKind.OTHER, "11520").build();
        Household below = urban(person(45), person(44)).income("4000").expense(ExpenseKind.OTHER, "11520.24").build();

        assertThat(apply(rule, at, LINFEN)).isEmpty();
        assertThat(apply(rule, below, LINFEN)).isPresent();
    }

    @Test
    void the_same_spending_is_hardship_in_guangxi_but_not_in_linfen_where_the_standard_is_lower() {
        Household h = urban(person(45), person(44)).income("4000").expense(ExpenseKind.EDUCATION, "9600").build();

        assertThat(apply(rule, h, GUANGXI)).get()
                .satisfies(f -> assertThat(f.reasons().get(1).args()).containsExactly("1600.00", "1660.00"));
        assertThat(apply(rule, h, LINFEN)).isEmpty();
    }

    @Test
    void annual_income_per_person_exactly_at_last_years_disposable_income_rules_it_out() {
        Household at = urban(person(45), person(44), person(20)).income("7000").expense(ExpenseKind.MEDICAL, "90000")
                .build();
        Household below = urban(person(45), person(44), person(20)).income("6999.99")
                .expense(ExpenseKind.MEDICAL, "90000").build();

        assertThat(apply(rule, at, LINFEN)).isEmpty();
        assertThat(apply(rule, below, LINFEN)).isPresent();
    }

    @ParameterizedTest
    @MethodSource("org.jiuzhu.core.eligibility.Settings#regions")
    void a_seriously_ill_member_with_medical_bills_the_largest_spending_flags_illness_impoverishment(
            RegionalSettings settings) {
        Household h = urban(person(50).seriouslyIll(), person(48)).income("2000")
                .expense(ExpenseKind.MEDICAL, "30000").expense(ExpenseKind.EDUCATION, "5000").build();

        CategoryFinding finding = apply(rule, h, settings).orElseThrow();

        assertThat(finding.illnessImpoverished()).isTrue();
        assertThat(finding.reasons()).contains(Reason.of("core.eligibility.rigid.illness", "30000.00"));
    }

    @Test
    void no_illness_flag_when_another_kind_of_spending_is_larger_or_nobody_is_seriously_ill() {
        Household schoolFirst = urban(person(50).seriouslyIll(), person(18).student()).income("2000")
                .expense(ExpenseKind.MEDICAL, "10000").expense(ExpenseKind.EDUCATION, "20000").build();
        Household nobodyIll = urban(person(50), person(48)).income("2000").expense(ExpenseKind.MEDICAL, "30000").build();

        assertThat(apply(rule, schoolFirst, LINFEN).orElseThrow().illnessImpoverished()).isFalse();
        assertThat(apply(rule, nobodyIll, LINFEN).orElseThrow().illnessImpoverished()).isFalse();
    }

    @Test
    void a_whole_household_on_dibao_is_not_also_rigid_expense() {
        Household h = urban(person(50), person(48)).income("1000").expense(ExpenseKind.MEDICAL, "30000").build();
        CategoryFinding dibao = apply(new DibaoRule(), h, LINFEN).orElseThrow();

        assertThat(apply(rule, h, LINFEN, dibao)).isEmpty();
    }

    @Test
    void no_rigid_expense_without_expenses_or_with_assets_over_the_limit() {
        Household noExpenses = urban(person(50), person(48)).income("2000").build();
        Household rich = urban(person(50), person(48)).income("2000").expense(ExpenseKind.MEDICAL, "30000")
                .assets("50000").build();

        assertThat(apply(rule, noExpenses, GUANGXI)).isEmpty();
        assertThat(apply(rule, rich, GUANGXI)).isEmpty();
        assertThat(apply(rule, rich, LINFEN)).isPresent();
    }
}
