package org.jiuzhu.core.eligibility.web;

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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Turns an API request into a household, naming every field that is missing or out of range. */
final class HouseholdInput {

    private static final int MAX_MEMBERS = 30;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

    private HouseholdInput() {
    }

    static Household toHousehold(AssessmentRequest r, FieldErrors errors) {
        List<Member> members = members(r.members(), errors);
        List<Income> incomes = new ArrayList<>();
        List<AssessmentRequest.IncomeInput> incomeInputs = r.incomes() == null ? List.of() : r.incomes();
        for (int i = 0; i < incomeInputs.size(); i++) {
            AssessmentRequest.IncomeInput in = incomeInputs.get(i);
            IncomeKind kind = enumValue(IncomeKind.class, in.kind(), "incomes[" + i + "].kind", errors);
            BigDecimal monthly = amount(in.monthly(), "incomes[" + i + "].monthly", errors);
            incomes.add(new Income(kind, monthly));
        }
        List<Expense> expenses = new ArrayList<>();
        List<AssessmentRequest.ExpenseInput> expenseInputs = r.expenses() == null ? List.of() : r.expenses();
        for (int i = 0; i < expenseInputs.size(); i++) {
            AssessmentRequest.ExpenseInput in = expenseInputs.get(i);
            expenses.add(new Expense(enumValue(ExpenseKind.class, in.kind(), "expenses[" + i + "].kind", errors),
                    amount(in.yearly(), "expenses[" + i + "].yearly", errors)));
        }
        BigDecimal workCosts = r.workCosts() == null ? BigDecimal.ZERO : amount(r.workCosts(), "workCosts", errors);
        BigDecimal assets = r.financialAssets() == null ? BigDecimal.ZERO : amount(r.financialAssets(), "financialAssets", errors);
        Housing housing = r.housing() == null ? Housing.ADEQUATE : enumValue(Housing.class, r.housing(), "housing", errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new Household(Boolean.TRUE.equals(r.urban()), members, incomes, workCosts, expenses, assets,
                yes(r.nonEssentialVehicle()), yes(r.secondHome()), housing, yes(r.disasterAffected()),
                yes(r.suddenHardship()));
    }

    private static List<Member> members(List<AssessmentRequest.MemberInput> inputs, FieldErrors errors) {
        if (inputs == null || inputs.isEmpty() || inputs.size() > MAX_MEMBERS) {
            errors.add("members", "core.api.error.members");
            return List.of();
        }
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String at = "members[" + i + "].";
            AssessmentRequest.MemberInput m = inputs.get(i);
            Relationship relationship = enumValue(Relationship.class, m.relationship(), at + "relationship", errors);
            DisabilityType disability = m.disability() == null ? DisabilityType.NONE
                    : enumValue(DisabilityType.class, m.disability(), at + "disability", errors);
            Employment employment = m.employment() == null ? Employment.NOT_APPLICABLE
                    : enumValue(Employment.class, m.employment(), at + "employment", errors);
            int age = m.age() == null ? -1 : m.age();
            int grade = m.disabilityGrade() == null ? 0 : m.disabilityGrade();
            if (age < 0 || age > 130) {
                errors.add(at + "age", "core.api.error.age");
            }
            if (disability != null && (grade < 0 || grade > 4 || (disability == DisabilityType.NONE) != (grade == 0))) {
                errors.add(at + "disabilityGrade", "core.api.error.disabilityGrade");
            }
            if (errors.isEmpty()) {
                members.add(new Member(relationship, age, disability, grade, yes(m.seriouslyIll()), yes(m.student()),
                        employment, yes(m.ableSupporter())));
            }
        }
        return members;
    }

    private static BigDecimal amount(BigDecimal value, String field, FieldErrors errors) {
        if (value == null || value.signum() < 0 || value.compareTo(MAX_AMOUNT) > 0) {
            errors.add(field, "core.api.error.amount");
            return BigDecimal.ZERO;
        }
        return value;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field, FieldErrors errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException unknown) {
            errors.add(field, "core.api.error.value");
            return null;
        }
    }

    private static boolean yes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
