package org.jiuzhu.core.audit.persistence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.MappedProperty;

@Introspected
record HeadRow(@MappedProperty("last_id") long lastId, @MappedProperty("last_hash") String lastHash) {
}
