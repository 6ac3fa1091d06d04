package org.jiuzhu.core.eligibility;

import java.math.BigDecimal;
import java.util.List;

/**
 * A household as the rules assess it. {@code workCosts} are the necessary monthly costs of working members
 * (transport, childcare), deducted from income; {@code financialAssets} are deposits, securities and the like
 * in yuan; a non-essential vehicle or a second home puts the household over the asset limits.
 */
public record Household(boolean urban, List<Member> members, List<Income> incomes, BigDecimal workCosts,
                        List<Expense> expenses, BigDecimal financialAssets, boolean nonEssentialVehicle,
                        boolean secondHome, Housing housing, boolean disasterAffected, boolean suddenHardship) {

    public Household {
        members = List.copyOf(members);
        incomes = List.copyOf(incomes);
        expenses = List.copyOf(expenses);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a household has at least one member");
        }
    }
}
