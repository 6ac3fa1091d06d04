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

    public long create(String name, String regionCode, Instant now) {
        return repository.save(new OrganizationRow(null, name, regionCode, now)).id();
    }
}
