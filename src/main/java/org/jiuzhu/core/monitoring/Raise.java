package org.jiuzhu.core.monitoring;

import org.jiuzhu.core.account.Department;

import java.util.List;

/**
 * A warning a rule found: the person (the normalized ID number and name, and its person index), the household head's
 * index and application when the person is in the database (else null), the region the warning belongs to, and why.
 */
public record Raise(String ruleId, WarningKind kind, Level level, Department department, byte[] person,
                    byte[] household, Long applicationId, String regionCode, String idNumber, String name,
                    List<Reason> reasons) {

    public Raise {
        reasons = List.copyOf(reasons);
    }

    /** The household the warning counts towards when signals are combined: the head, or the person alone. */
    public byte[] householdOrPerson() {
        return household == null ? person : household;
    }
}
