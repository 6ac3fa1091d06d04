package org.jiuzhu.admin.monitoring;

import org.jiuzhu.core.monitoring.Reason;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Supplier;

/**
 * A rule that applies to a person, before signals are combined: who (index, household head's index or null,
 * application or null, region), the identity to decrypt if the warning is raised, and the reasons so far.
 */
record Finding(Rule rule, byte[] person, byte[] household, Long applicationId, String regionCode,
               Supplier<String> idNumber, Supplier<String> name, List<Reason> reasons) {

    /** Signals combine per household, or per person for someone in no household of the database. */
    ByteBuffer key() {
        return ByteBuffer.wrap(household == null ? person : household);
    }
}
