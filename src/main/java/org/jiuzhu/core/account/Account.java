package org.jiuzhu.core.account;

import java.time.Instant;

/** An account as the rest of the product sees it: no password hash, no ciphertexts. */
public record Account(long id, Role role, String username, String displayName, String regionCode,
                      Department department, Long organizationId, AccountStatus status, Instant createdAt) {

    public boolean active() {
        return status == AccountStatus.ACTIVE;
    }
}
