package org.jiuzhu.core.account;

/** The encryption and blind-index contexts of the account table's protected columns. */
final class Fields {

    static final String ID_NUMBER = "account.id_number";
    static final String PHONE = "account.phone";
    static final String LOGIN_NAME = "login.name";

    private Fields() {
    }
}
