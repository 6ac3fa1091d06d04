package org.jiuzhu.core.application.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

@MappedEntity("application_member")
record MemberRow(
        @Id @GeneratedValue @Nullable Long id,
        @MappedProperty("application_id") long applicationId,
        int position,
        String name,
        @MappedProperty("id_number_enc") byte[] idNumberEnc,
        @MappedProperty("id_number_bidx") byte[] idNumberBidx,
        String relationship,
        String disability,
        @MappedProperty("disability_grade") int disabilityGrade,
        @MappedProperty("seriously_ill") boolean seriouslyIll,
        boolean student,
        String employment,
        @MappedProperty("able_supporter") boolean ableSupporter) {
}
