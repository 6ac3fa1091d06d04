package org.jiuzhu.core.monitoring.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

/** warning_rule_switch: the rules a supervisor switched off or on again. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SwitchStore extends CrudRepository<SwitchStore.Switch, String> {

    @MappedEntity("warning_rule_switch")
    record Switch(@Id @MappedProperty("rule_id") String ruleId, boolean enabled,
                  @MappedProperty("changed_by") long changedBy, @MappedProperty("changed_at") Instant changedAt) {
    }
}
