package org.jiuzhu.core.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Households for the rule tests, described the way a caseworker would: "a 70-year-old living alone on 300 a month". */
final class Households {

    private Households() {
    }

    /** A person without disability or illness; working age people are employed unless said otherwise. */
    static Person person(int age) {
        return new Person(age);
    }

    static Builder urban(Person... people) {
        return new Builder(true, people);
    }

    static Builder rural(Person... people) {
        return new Builder(false, people);
    }

    static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    /** Runs one rule the way {@link Eligibility} does, after the given earlier findings. */
    static Optional<CategoryFinding> apply(CategoryRule rule, Household h, RegionalSettings s, CategoryFinding... earlier) {
        return rule.apply(h, Figures.of(h, s), s, List.of(earlier));
    }

    static final class Person {
        private final int age;
        private DisabilityType disability = DisabilityType.NONE;
        private int grade;
        private boolean ill;
        private boolean student;
        private Employment employment;
        private boolean supporter;

        private Person(int age) {
            this.age = age;
            this.employment = age < 16 ? Employment.NOT_APPLICABLE : age >= 60 ? Employment.RETIRED : Employment.EMPLOYED;
        }

        Person disabled(DisabilityType type, int grade) {
            this.disability = type;
            this.grade = grade;
            return this;
        }

        Person seriouslyIll() {
            this.ill = true;
            return this;
        }

        Person student() {
            this.student = true;
            return this;
        }

        Person unemployed() {
            this.employment = Employment.UNEMPLOYED;
            return this;
        }

        Person unableToWork() {
            this.employment = Employment.UNABLE_TO_WORK;
            return this;
        }

        Person withAbleSupporter() {
            this.supporter = true;
            return this;
        }

        Member member(Relationship relationship) {
            return new Member(relationship, age, disability, grade, ill, student, employment, supporter);
        }
    }

    static final class Builder {
        private final boolean urban;
        private final List<Member> members = new ArrayList<>();
        private final List<Income> incomes = new ArrayList<>();
        private final List<Expense> expenses = new ArrayList<>();
        private BigDecimal workCosts = BigDecimal.ZERO;
        private BigDecimal assets = BigDecimal.ZERO;
        private boolean vehicle;
        private boolean secondHome;
        private Housing housing = Housing.ADEQUATE;
        private boolean disaster;
        private boolean sudden;

        private Builder(boolean urban, Person... people) {
            this.urban = urban;
            for (Person p : people) {
                members.add(p.member(members.isEmpty() ? Relationship.APPLICANT : Relationship.OTHER));
            }
        }

        /** Household income per month. */
        Builder income(String monthly) {
            return income(IncomeKind.WAGES, monthly);
        }

        Builder income(IncomeKind kind, String monthly) {
            incomes.add(new Income(kind, yuan(monthly)));
            return this;
        }

        Builder workCosts(String monthly) {
            workCosts = yuan(monthly);
            return this;
        }

        Builder expense(ExpenseKind kind, String yearly) {
            expenses.add(new Expense(kind, yuan(yearly)));
            return this;
        }

        Builder assets(String financial) {
            assets = yuan(financial);
            return this;
        }

        Builder vehicle() {
            vehicle = true;
            return this;
        }

        Builder secondHome() {
            secondHome = true;
            return this;
        }

        Builder housing(Housing housing) {
            this.housing = housing;
            return this;
        }

        Builder disasterAffected() {
            disaster = true;
            return this;
        }

        Builder suddenHardship() {
            sudden = true;
            return this;
        }

        Household build() {
            return new Household(urban, members, incomes, workCosts, expenses, assets, vehicle, secondHome, housing,
                    disaster, sudden);
        }
    }
}
