package org.jiuzhu.core.account;

import java.util.Locale;
import java.util.Set;

/** Who an account acts as. Staff roles work in the admin area; residents and charities elsewhere. */
public enum Role {
    RESIDENT, VILLAGE_OFFICER, CASEWORKER, APPROVER, DEPARTMENT, CHARITY, OPERATOR, SUPERVISOR, ADMIN;

    private static final Set<Role> ADMIN_AREA = Set.of(VILLAGE_OFFICER, CASEWORKER, APPROVER, DEPARTMENT, OPERATOR,
            SUPERVISOR, ADMIN);

    /** Every account but a resident's is an organizational one and needs the longer password. */
    public boolean isStaff() {
        return this != RESIDENT;
    }

    public boolean worksInAdminArea() {
        return ADMIN_AREA.contains(this);
    }

    public String messageKey() {
        return "core.role." + name().toLowerCase(Locale.ROOT);
    }
}
