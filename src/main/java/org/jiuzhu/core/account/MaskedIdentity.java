package org.jiuzhu.core.account;

/** An account's personal data as pages may show it. */
public record MaskedIdentity(String name, String idNumber, String phone) {
}
