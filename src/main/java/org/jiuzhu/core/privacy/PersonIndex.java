package org.jiuzhu.core.privacy;

import jakarta.inject.Singleton;

/**
 * The one blind index that identifies a person across the province ("one person, one record"): application members,
 * the assistance chain and, later, department lists all use it, so equal ID numbers match wherever they are stored.
 */
@Singleton
public class PersonIndex {

    static final String CONTEXT = "person.id_number";

    private final BlindIndex blindIndex;

    public PersonIndex(BlindIndex blindIndex) {
        this.blindIndex = blindIndex;
    }

    /** {@code idNumber} must be normalized (see {@link IdNumber}). */
    public byte[] of(String idNumber) {
        return blindIndex.of(idNumber, CONTEXT);
    }
}
