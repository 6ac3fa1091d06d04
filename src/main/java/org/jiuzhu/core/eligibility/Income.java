package org.jiuzhu.core.eligibility;

import java.math.BigDecimal;

/** A household income in yuan per month. */
public record Income(IncomeKind kind, BigDecimal monthly) {
}
