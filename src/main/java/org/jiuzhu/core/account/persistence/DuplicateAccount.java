package org.jiuzhu.core.account.persistence;

/** A concurrent registration took the same ID number, phone number or username first. */
public class DuplicateAccount extends RuntimeException {

    public DuplicateAccount() {
        super("an account with the same unique value exists", null, false, false);
    }
}
