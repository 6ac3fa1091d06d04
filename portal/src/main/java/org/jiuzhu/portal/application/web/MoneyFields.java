package org.jiuzhu.portal.application.web;

import org.jiuzhu.core.application.Finances;
import org.jiuzhu.core.eligibility.Expense;
import org.jiuzhu.core.eligibility.ExpenseKind;
import org.jiuzhu.core.eligibility.Income;
import org.jiuzhu.core.eligibility.IncomeKind;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.form.Forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Between the finances form's fields (one per kind of income or expense) and the household's finances. */
final class MoneyFields {

    /** The form's field names per kind, in the order the page shows them. */
    static final Map<String, IncomeKind> INCOMES = new LinkedHashMap<>();
    static final Map<String, ExpenseKind> EXPENSES = new LinkedHashMap<>();

    static {
        INCOMES.put("wages", IncomeKind.WAGES);
        INCOMES.put("business", IncomeKind.BUSINESS);
        INCOMES.put("agriculture", IncomeKind.AGRICULTURE);
        INCOMES.put("property", IncomeKind.PROPERTY);
        INCOMES.put("pension", IncomeKind.PENSION);
        INCOMES.put("transfer", IncomeKind.TRANSFER);
        INCOMES.put("otherIncome", IncomeKind.OTHER);
        EXPENSES.put("medical", ExpenseKind.MEDICAL);
        EXPENSES.put("education", ExpenseKind.EDUCATION);
        EXPENSES.put("disabilityCare", ExpenseKind.DISABILITY_CARE);
        EXPENSES.put("disasterRecovery", ExpenseKind.DISASTER_RECOVERY);
        EXPENSES.put("otherExpense", ExpenseKind.OTHER);
    }

    record Typed(List<ApplyPages.Entry> incomes, List<ApplyPages.Entry> expenses, String workCosts, String assets,
                 boolean vehicle, boolean secondHome) {
    }

    private MoneyFields() {
    }

    static Finances parse(ApplyForms.Finances f, FieldErrors errors) {
        Map<String, String> values = values(f);
        List<Income> incomes = new ArrayList<>();
        INCOMES.forEach((field, kind) -> amount(values.get(field), field, errors)
                .filter(a -> a.signum() > 0).ifPresent(a -> incomes.add(new Income(kind, a))));
        List<Expense> expenses = new ArrayList<>();
        EXPENSES.forEach((field, kind) -> amount(values.get(field), field, errors)
                .filter(a -> a.signum() > 0).ifPresent(a -> expenses.add(new Expense(kind, a))));
        BigDecimal workCosts = amount(f.workCosts(), "workCosts", errors).orElse(BigDecimal.ZERO);
        BigDecimal assets = amount(f.financialAssets(), "financialAssets", errors).orElse(BigDecimal.ZERO);
        return new Finances(incomes, workCosts, expenses, assets, ApplyForms.yes(f.nonEssentialVehicle()),
                ApplyForms.yes(f.secondHome()));
    }

    static Typed typed(ApplyForms.Finances f) {
        Map<String, String> values = values(f);
        return new Typed(entries(INCOMES.keySet(), values, "portal.apply.income."),
                entries(EXPENSES.keySet(), values, "portal.apply.expense."), Forms.text(f.workCosts()),
                Forms.text(f.financialAssets()), ApplyForms.yes(f.nonEssentialVehicle()), ApplyForms.yes(f.secondHome()));
    }

    static Typed fromStored(Finances finances) {
        Map<String, String> values = new LinkedHashMap<>();
        INCOMES.forEach((field, kind) -> finances.incomes().stream().filter(i -> i.kind() == kind).findFirst()
                .ifPresent(i -> values.put(field, plain(i.monthly()))));
        EXPENSES.forEach((field, kind) -> finances.expenses().stream().filter(e -> e.kind() == kind).findFirst()
                .ifPresent(e -> values.put(field, plain(e.yearly()))));
        return new Typed(entries(INCOMES.keySet(), values, "portal.apply.income."),
                entries(EXPENSES.keySet(), values, "portal.apply.expense."), plain(finances.workCosts()),
                plain(finances.financialAssets()), finances.nonEssentialVehicle(), finances.secondHome());
    }

    private static List<ApplyPages.Entry> entries(Iterable<String> fields, Map<String, String> values, String prefix) {
        List<ApplyPages.Entry> entries = new ArrayList<>();
        fields.forEach(field -> entries.add(new ApplyPages.Entry(field, prefix + field, values.getOrDefault(field, ""))));
        return entries;
    }

    private static Optional<BigDecimal> amount(String value, String field, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        BigDecimal amount = Forms.decimal(value, field, errors);
        if (amount != null && amount.signum() < 0) {
            errors.add(field, "core.application.error.negative");
            return Optional.empty();
        }
        return Optional.ofNullable(amount);
    }

    private static Map<String, String> values(ApplyForms.Finances f) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("wages", f.wages());
        values.put("business", f.business());
        values.put("agriculture", f.agriculture());
        values.put("property", f.property());
        values.put("pension", f.pension());
        values.put("transfer", f.transfer());
        values.put("otherIncome", f.otherIncome());
        values.put("medical", f.medical());
        values.put("education", f.education());
        values.put("disabilityCare", f.disabilityCare());
        values.put("disasterRecovery", f.disasterRecovery());
        values.put("otherExpense", f.otherExpense());
        values.replaceAll((k, v) -> v == null ? "" : v);
        return values;
    }

    private static String plain(BigDecimal amount) {
        return amount == null || amount.signum() == 0 ? "" : amount.stripTrailingZeros().toPlainString();
    }
}
