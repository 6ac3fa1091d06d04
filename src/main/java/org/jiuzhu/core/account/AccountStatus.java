package org.jiuzhu.core.account;

public enum AccountStatus {
    ACTIVE, DISABLED
}
