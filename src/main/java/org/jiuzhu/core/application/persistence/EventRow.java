package org.jiuzhu.core.application.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("application_event")
record EventRow(@Id @GeneratedValue @Nullable Long id, @MappedProperty("application_id") long applicationId,
                @MappedProperty("occurred_at") Instant occurredAt, String status,
                @MappedProperty("actor_id") @Nullable Long actorId,
                @MappedProperty("office_region") @Nullable String officeRegion,
                @MappedProperty("note_to_resident") @Nullable String noteToResident,
                @Nullable LocalDate deadline) {
}
