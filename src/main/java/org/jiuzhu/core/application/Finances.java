package org.jiuzhu.core.application;

import org.jiuzhu.core.eligibility.Expense;
import org.jiuzhu.core.eligibility.Income;

import java.math.BigDecimal;
import java.util.List;

/** Incomes per month, rigid expenses per year, assets, as the household declares them. */
public record Finances(List<Income> incomes, BigDecimal workCosts, List<Expense> expenses,
                       BigDecimal financialAssets, boolean nonEssentialVehicle, boolean secondHome) {

    public Finances {
        incomes = List.copyOf(incomes);
        expenses = List.copyOf(expenses);
    }
}
