package org.jiuzhu.core.account;

/** What a resident types to register. Passwords are char arrays so they can be wiped after hashing. */
public record ResidentRegistration(String name, String phone, String idNumber, String regionCode,
                                   char[] password, char[] passwordConfirmation) {
}
