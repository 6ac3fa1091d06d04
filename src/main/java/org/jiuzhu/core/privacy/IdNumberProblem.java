package org.jiuzhu.core.privacy;

/** Why a text was rejected as a resident ID number. */
public enum IdNumberProblem {
    EMPTY,
    LENGTH,
    CHARACTERS,
    REGION,
    BIRTH_DATE,
    CHECK_DIGIT
}
