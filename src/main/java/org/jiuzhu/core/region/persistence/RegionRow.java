package org.jiuzhu.core.region.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;

@MappedEntity("region")
record RegionRow(
        @Id String code,
        @Nullable @MappedProperty("parent_code") String parentCode,
        String name,
        @MappedProperty("division_level") String divisionLevel,
        boolean demo,
        @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude) {
}
