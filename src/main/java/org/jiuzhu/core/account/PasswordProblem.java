package org.jiuzhu.core.account;

/** Why a new password is not accepted. */
public enum PasswordProblem {
    TOO_SHORT,
    TOO_LONG,
    COMMON,
    CONTAINS_PERSONAL_DATA
}
