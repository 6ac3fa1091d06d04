package org.jiuzhu.core.demo.persistence;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

@MappedEntity("charity_organization")
record OrganizationRow(@Nullable @Id @GeneratedValue Long id, String name, @MappedProperty("region_code") String regionCode,
                       @MappedProperty("created_at") Instant createdAt,
                       @MappedProperty("credit_code") String creditCode, String status) {
}
