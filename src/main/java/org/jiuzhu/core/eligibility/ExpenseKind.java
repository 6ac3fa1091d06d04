package org.jiuzhu.core.eligibility;

/** Rigid (unavoidable) spending that can make a household's outgoings exceed its income. */
public enum ExpenseKind {
    MEDICAL, EDUCATION, DISABILITY_CARE, DISASTER_RECOVERY, OTHER
}
