package org.jiuzhu.core.application.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;

/** An income (flow IN, per month) or a rigid expense (flow OUT, per year). */
@MappedEntity("application_money")
record MoneyRow(@Id @GeneratedValue @Nullable Long id, @MappedProperty("application_id") long applicationId,
                String flow, String kind, BigDecimal amount) {
}
