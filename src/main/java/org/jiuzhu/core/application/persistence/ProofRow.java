package org.jiuzhu.core.application.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

@MappedEntity("application_proof")
record ProofRow(@Id @GeneratedValue @Nullable Long id, @MappedProperty("application_id") long applicationId,
                @MappedProperty("stored_name") String storedName, @MappedProperty("original_name") String originalName,
                @MappedProperty("media_type") String mediaType, @MappedProperty("size_bytes") long sizeBytes,
                String sha256, String kind, @MappedProperty("uploaded_by") long uploadedBy,
                @MappedProperty("uploaded_at") Instant uploadedAt) {
}
