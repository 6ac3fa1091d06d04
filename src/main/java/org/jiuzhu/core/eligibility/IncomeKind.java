package org.jiuzhu.core.eligibility;

/** Kinds of household income as verification reports them. */
public enum IncomeKind {
    WAGES, BUSINESS, AGRICULTURE, PROPERTY, PENSION, TRANSFER, OTHER
}
