package org.jiuzhu.portal.selfcheck.web;

import org.jiuzhu.core.eligibility.DisabilityType;
import org.jiuzhu.core.eligibility.Employment;
import org.jiuzhu.core.eligibility.Expense;
import org.jiuzhu.core.eligibility.ExpenseKind;
import org.jiuzhu.core.eligibility.Household;
import org.jiuzhu.core.eligibility.Housing;
import org.jiuzhu.core.eligibility.Income;
import org.jiuzhu.core.eligibility.IncomeKind;
import org.jiuzhu.core.eligibility.Member;
import org.jiuzhu.core.eligibility.Relationship;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.form.Forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the household the self-check assesses from a few answers: each ticked situation becomes one member
 * who has it, the others are working-age adults. A rough picture on purpose; the application asks member by member.
 */
final class SelfCheckHousehold {

    private static final int MAX_MEMBERS = 20;

    private SelfCheckHousehold() {
    }

    static Household from(SelfCheckForm f, FieldErrors errors) {
        if (!"urban".equals(f.area()) && !"rural".equals(f.area())) {
            errors.add("area", "portal.selfcheck.error.area");
        }
        int count = Forms.integer(f.members(), "members", errors);
        if (!errors.has("members") && (count < 1 || count > MAX_MEMBERS)) {
            errors.add("members", "portal.selfcheck.error.members");
        }
        BigDecimal income = nonNegative(f.monthlyIncome(), "monthlyIncome", errors);
        BigDecimal savings = nonNegative(f.savings(), "savings", errors);
        BigDecimal expenses = f.yearlyExpenses() == null || f.yearlyExpenses().isBlank() ? BigDecimal.ZERO
                : nonNegative(f.yearlyExpenses(), "yearlyExpenses", errors);
        List<Member> members = situations(f);
        if (!errors.has("members") && members.size() > count) {
            errors.add("members", "portal.selfcheck.error.fewerMembers");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        while (members.size() < count) {
            members.add(new Member(Relationship.OTHER, 40, DisabilityType.NONE, 0, false, false, Employment.EMPLOYED, true));
        }
        List<Expense> rigid = expenses.signum() > 0 ? List.of(new Expense(expenseKind(f), expenses)) : List.of();
        return new Household("urban".equals(f.area()), members, List.of(new Income(IncomeKind.WAGES, income)),
                BigDecimal.ZERO, rigid, savings, f.checked(f.vehicleOrHouse()), false,
                f.checked(f.dangerousHouse()) ? Housing.DANGEROUS_C : Housing.ADEQUATE, f.checked(f.disaster()),
                f.checked(f.suddenHardship()));
    }

    private static List<Member> situations(SelfCheckForm f) {
        List<Member> members = new ArrayList<>();
        if (f.checked(f.elderlyAlone())) {
            members.add(new Member(Relationship.APPLICANT, 70, DisabilityType.NONE, 0, false, false, Employment.RETIRED, false));
        }
        if (f.checked(f.severeDisability())) {
            members.add(new Member(Relationship.OTHER, 40, DisabilityType.PHYSICAL, 2, false, false, Employment.UNABLE_TO_WORK, true));
        }
        if (f.checked(f.seriousIllness())) {
            members.add(new Member(Relationship.OTHER, 50, DisabilityType.NONE, 0, true, false, Employment.UNABLE_TO_WORK, true));
        }
        if (f.checked(f.student())) {
            members.add(new Member(Relationship.CHILD, 15, DisabilityType.NONE, 0, false, true, Employment.NOT_APPLICABLE, true));
        }
        if (f.checked(f.unemployed())) {
            members.add(new Member(Relationship.OTHER, 35, DisabilityType.NONE, 0, false, false, Employment.UNEMPLOYED, true));
        }
        return members;
    }

    private static ExpenseKind expenseKind(SelfCheckForm f) {
        if (f.checked(f.seriousIllness())) {
            return ExpenseKind.MEDICAL;
        }
        return f.checked(f.student()) ? ExpenseKind.EDUCATION : ExpenseKind.OTHER;
    }

    private static BigDecimal nonNegative(String value, String field, FieldErrors errors) {
        BigDecimal amount = Forms.decimal(value, field, errors);
        if (amount != null && amount.signum() < 0) {
            errors.add(field, "core.form.error.number");
        }
        return amount;
    }
}
