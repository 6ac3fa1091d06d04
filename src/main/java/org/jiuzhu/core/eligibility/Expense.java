package org.jiuzhu.core.eligibility;

import java.math.BigDecimal;

/** A rigid expense in yuan per year. */
public record Expense(ExpenseKind kind, BigDecimal yearly) {
}
