package org.jiuzhu.core.demo.persistence;

import jakarta.inject.Singleton;

import java.time.Instant;

/** The demo charity; registering and verifying real organizations belongs to the matching area. */
@Singleton
public class DemoOrganizations {

    private final OrganizationRepository repository;

    DemoOrganizations(OrganizationRepository repository) {
        this.repository = repository;
    }

    /** A verified organization: the demo skips the registration a real charity goes through. */
    public long create(String name, String regionCode, String creditCode, Instant now) {
        return repository.save(new OrganizationRow(null, name, regionCode, now, creditCode, "VERIFIED")).id();
    }
}
