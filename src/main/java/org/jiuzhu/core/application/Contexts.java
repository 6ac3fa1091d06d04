package org.jiuzhu.core.application;

/**
 * Encryption and blind-index contexts. Members are indexed as "person": the same index will match a person across
 * applications, the assistance rolls and department lists.
 */
final class Contexts {

    static final String MEMBER_ID = "application_member.id_number";
    static final String PERSON = "person.id_number"; // PersonIndex uses the same context
    static final String BANK_ACCOUNT = "application.bank_account";

    private Contexts() {
    }
}
