package org.jiuzhu.matching.organization;

import java.time.Instant;
import java.util.List;

/** An organization as pages show it: the contact phone masked. */
public record Organization(long id, String name, String creditCode, String regionCode, String contactName,
                           String maskedPhone, String introduction, OrganizationStatus status,
                           List<String> servedRegions, boolean hasCertificate, String decisionReason,
                           Instant decidedAt, Instant createdAt, long version) {

    public boolean verified() {
        return status == OrganizationStatus.VERIFIED;
    }
}
