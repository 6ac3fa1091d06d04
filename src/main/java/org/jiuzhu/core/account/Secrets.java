package org.jiuzhu.core.account;

import java.util.Arrays;

/** Passwords travel as char arrays so they can be wiped once used. */
final class Secrets {

    private Secrets() {
    }

    static void wipe(char[]... secrets) {
        for (char[] secret : secrets) {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
    }
}
