package org.jiuzhu.core.account;

/** A created staff account and its one-time initial password, shown once to the creator. */
public record NewStaffAccount(Account account, String initialPassword) {
}
