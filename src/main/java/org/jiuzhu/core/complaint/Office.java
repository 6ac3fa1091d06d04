package org.jiuzhu.core.complaint;

import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.region.DivisionLevel;

import java.util.Optional;

/**
 * An office that handles complaints or is complained about: the civil-affairs office of a region (a village
 * committee, a township, a county bureau) when {@code department} is null, otherwise a department at that region.
 * {@link #key()} is how forms name it: the region code, then ":" and the department if any.
 */
public record Office(String regionCode, Department department) {

    public static Optional<Office> parse(String key) {
        if (key == null || !key.matches("[0-9]{12}(:[A-Z_]{2,32})?")) {
            return Optional.empty();
        }
        String[] parts = key.split(":");
        if (parts.length == 1) {
            return Optional.of(new Office(parts[0], null));
        }
        try {
            return Optional.of(new Office(parts[0], Department.valueOf(parts[1])));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    public static Office of(String regionCode, String department) {
        return new Office(regionCode, department == null ? null : Department.valueOf(department));
    }

    public String key() {
        return department == null ? regionCode : regionCode + ":" + department.name();
    }

    public String departmentName() {
        return department == null ? null : department.name();
    }

    /**
     * Whether the staff member works for this office: township caseworkers and county approvers for civil-affairs
     * offices, department staff of the same department and region for departments.
     */
    public boolean staffedBy(Actor actor) {
        if (!actor.scope().code().equals(regionCode)) {
            return false;
        }
        if (department != null) {
            return actor.is(Role.DEPARTMENT) && department == actor.department();
        }
        return (actor.is(Role.CASEWORKER) && actor.scope().level() == DivisionLevel.TOWNSHIP)
                || (actor.is(Role.APPROVER) && actor.scope().level() == DivisionLevel.COUNTY);
    }
}
