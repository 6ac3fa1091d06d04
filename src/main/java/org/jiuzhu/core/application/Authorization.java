package org.jiuzhu.core.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A member's signed verification authorization; {@code byGuardian} when signed for a minor. */
public record Authorization(long id, int memberPosition, boolean byGuardian, Set<CheckSource> sources,
                            Instant signedAt, LocalDate expiresOn, Instant revokedAt) {

    public boolean validOn(LocalDate day) {
        return revokedAt == null && !expiresOn.isBefore(day);
    }
}
