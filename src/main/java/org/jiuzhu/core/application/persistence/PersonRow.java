package org.jiuzhu.core.application.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

@MappedEntity("person_record")
record PersonRow(@Id @MappedProperty("id_number_bidx") byte[] idNumberBidx,
                 @MappedProperty("application_id") long applicationId) {
}
