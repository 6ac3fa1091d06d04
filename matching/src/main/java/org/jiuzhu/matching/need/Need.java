package org.jiuzhu.matching.need;

import org.jiuzhu.matching.AgeBand;
import org.jiuzhu.matching.AidKind;
import org.jiuzhu.matching.TargetGroup;

import java.time.Instant;
import java.util.Set;

/**
 * A need shared with charities, as charities may see it: village-level region, kind, the groups the resident chose
 * to share, an age band and de-identified text. The household behind it is never part of this record.
 * {@code onPaper}: the resident consented on a signed paper form and staff recorded the need.
 */
public record Need(long id, String regionCode, AidKind aidKind, Set<TargetGroup> targets, AgeBand ageBand,
                   String text, Urgency urgency, NeedStatus status, Instant consentedAt, Instant revokedAt,
                   long version, boolean onPaper) {

    public boolean shared() {
        return status == NeedStatus.SHARED;
    }
}
