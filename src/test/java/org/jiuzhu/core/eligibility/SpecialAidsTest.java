package org.jiuzhu.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.core.eligibility.Households.person;
import static org.jiuzhu.core.eligibility.Households.rural;
import static org.jiuzhu.core.eligibility.Households.urban;
import static org.jiuzhu.core.eligibility.Settings.GUANGXI;
import static org.jiuzhu.core.eligibility.Settings.LINFEN;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SpecialAidsTest {

    private final Eligibility eligibility = new Eligibility();

    @ParameterizedTest
    @MethodSource("org.jiuzhu.core.eligibility.Settings#regions")
    void medical_aid_follows_each_members_highest_category(RegionalSettings s) {
        Household h = rural(person(72), person(9).student().withAbleSupporter()).income("400").build();

        assertThat(aid(h, s, SpecialAid.MEDICAL)).get().satisfies(a -> {
            assertThat(a.members()).containsExactly(0, 1);
            assertThat(a.reasons()).containsExactly(Reason.of("core.eligibility.aid.medical", 1, 100),
                    Reason.of("core.eligibility.aid.medical", 2, 70));
        });
    }

    @Test
    void one_ratio_for_the_whole_household_is_said_once() {
        Household h = urban(person(40), person(38)).income("600").build();

        assertThat(aid(h, LINFEN, SpecialAid.MEDICAL)).get().satisfies(a -> {
            assertThat(a.members()).containsExactly(0, 1);
            assertThat(a.reasons()).containsExactly(Reason.of("core.eligibility.aid.medical.household", 70));
        });
    }

    @Test
    void a_member_taken_into_dibao_on_their_own_gets_the_dibao_share_and_the_others_the_marginal_share() {
        Household h = urban(person(48), person(46), person(20).disabled(DisabilityType.INTELLECTUAL, 3))
                .income("3000").build();

        assertThat(aid(h, LINFEN, SpecialAid.MEDICAL).orElseThrow().reasons()).extracting(Reason::args)
                .extracting(args -> args.get(1)).containsExactly("60", "60", "70");
        assertThat(aid(h, LINFEN, SpecialAid.CARE_SERVICES)).get()
                .satisfies(a -> assertThat(a.members()).containsExactly(2));
    }

    @ParameterizedTest
    @MethodSource("org.jiuzhu.core.eligibility.Settings#regions")
    void only_the_seriously_ill_member_of_an_illness_impoverished_household_gets_medical_aid(RegionalSettings s) {
        Household ill = urban(person(50).seriouslyIll(), person(48)).income("4000")
                .expense(ExpenseKind.MEDICAL, "30000").build();
        Household notIll = urban(person(50), person(48)).income("4000").expense(ExpenseKind.MEDICAL, "30000").build();

        assertThat(aid(ill, s, SpecialAid.MEDICAL)).get().satisfies(a -> {
            assertThat(a.members()).containsExactly(0);
            assertThat(a.reasons()).containsExactly(Reason.of("core.eligibility.aid.medical", 1, 50));
        });
        assertThat(aid(notIll, s, SpecialAid.MEDICAL)).isEmpty();
    }

    @Test
    void students_get_education_aid_only_when_the_household_is_in_a_category() {
        Household poor = urban(person(40), person(14).student()).income("1000").build();
        Household comfortable = urban(person(40), person(14).student()).income("9000").build();

        assertThat(aid(poor, GUANGXI, SpecialAid.EDUCATION)).get().satisfies(a -> {
            assertThat(a.members()).containsExactly(1);
            assertThat(a.documents()).containsExactly("core.document.schoolEnrollment");
        });
        assertThat(aid(comfortable, GUANGXI, SpecialAid.EDUCATION)).isEmpty();
    }

    @Test
    void a_rural_household_in_a_category_living_in_a_dangerous_house_gets_housing_aid() {
        Household rural = rural(person(40), person(38)).income("800").housing(Housing.DANGEROUS_D).build();
        Household urban = urban(person(40), person(38)).income("800").housing(Housing.DANGEROUS_D).build();
        Household comfortable = rural(person(40)).income("5000").housing(Housing.DANGEROUS_C).build();
        Household homeless = rural(person(40)).income("400").housing(Housing.NO_DWELLING).build();

        assertThat(aid(rural, LINFEN, SpecialAid.HOUSING)).get()
                .satisfies(a -> assertThat(a.documents()).containsExactly("core.document.houseAppraisal"));
        assertThat(aid(urban, LINFEN, SpecialAid.HOUSING)).isEmpty();
        assertThat(aid(comfortable, LINFEN, SpecialAid.HOUSING)).isEmpty();
        assertThat(aid(homeless, GUANGXI, SpecialAid.HOUSING)).get()
                .satisfies(a -> assertThat(a.documents()).isEmpty());
    }

    @Test
    void unemployed_working_age_members_of_a_dibao_or_marginal_household_get_employment_aid() {
        Household dibao = urban(person(35).unemployed(), person(33), person(62).unemployed(),
                person(40).unemployed().seriouslyIll()).income("2000").build();
        Household marginal = urban(person(35).unemployed()).income("1000").build();

        assertThat(aid(dibao, LINFEN, SpecialAid.EMPLOYMENT)).get().satisfies(a -> {
            assertThat(a.members()).containsExactly(0);
            assertThat(a.documents()).containsExactly("core.document.unemploymentRegistration");
        });
        assertThat(aid(marginal, GUANGXI, SpecialAid.EMPLOYMENT)).isPresent();
    }

    @Test
    void a_rigid_expense_household_gets_no_employment_aid_but_temporary_aid() {
        Household h = urban(person(35).unemployed(), person(33)).income("4000").expense(ExpenseKind.EDUCATION, "20000")
                .build();

        assertThat(aid(h, LINFEN, SpecialAid.EMPLOYMENT)).isEmpty();
        assertThat(aid(h, LINFEN, SpecialAid.TEMPORARY)).get()
                .satisfies(a -> assertThat(a.reasons()).containsExactly(Reason.of("core.eligibility.aid.temporary.rigid")));
    }

    @ParameterizedTest
    @MethodSource("org.jiuzhu.core.eligibility.Settings#regions")
    void disaster_and_sudden_hardship_bring_aid_whatever_the_income(RegionalSettings s) {
        Household flooded = rural(person(40), person(12)).income("8000").disasterAffected().build();
        Household struck = rural(person(40)).income("8000").suddenHardship().build();

        assertThat(aid(flooded, s, SpecialAid.DISASTER)).get().satisfies(a -> {
            assertThat(a.members()).containsExactly(0, 1);
            assertThat(a.documents()).containsExactly("core.document.damageStatement");
        });
        assertThat(aid(struck, s, SpecialAid.TEMPORARY)).get()
                .satisfies(a -> assertThat(a.reasons()).containsExactly(Reason.of("core.eligibility.aid.temporary.sudden")));
    }

    @Test
    void care_services_go_to_elderly_destitute_and_severely_disabled_dibao_members() {
        Household elder = rural(person(72)).income("300").build();
        Household dibao = urban(person(45), person(20).disabled(DisabilityType.PHYSICAL, 2),
                person(18).disabled(DisabilityType.PHYSICAL, 4)).income("1500").build();

        assertThat(aid(elder, GUANGXI, SpecialAid.CARE_SERVICES)).get()
                .satisfies(a -> assertThat(a.members()).containsExactly(0));
        assertThat(aid(dibao, LINFEN, SpecialAid.CARE_SERVICES)).get()
                .satisfies(a -> assertThat(a.members()).containsExactly(1));
    }

    private Optional<AidFinding> aid(Household h, RegionalSettings s, SpecialAid which) {
        return eligibility.assess(h, s).aids().stream().filter(a -> a.aid() == which).findFirst();
    }
}
