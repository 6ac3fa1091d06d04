package org.jiuzhu;

import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.NewStaffAccount;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccountRequest;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.RegionScope;

import java.util.concurrent.ThreadLocalRandom;

/** Staff accounts for tests, made through the real service as an administrator of the demo province. */
public final class Staff {

    public static final String PROVINCE = "990000000000";
    public static final String CITY = "990100000000";
    public static final String CHENGGUAN_TOWNSHIP = "990102001000";
    public static final String CHANGNING_TOWNSHIP = "990103001000";
    private static final Actor SYSTEM = new Actor(0, Role.ADMIN, new RegionScope(PROVINCE, DivisionLevel.PROVINCE),
            null, null);

    public record Login(long id, String username, String password) {
    }

    private Staff() {
    }

    public static Login create(StaffAccounts staff, Role role, String regionCode) {
        return create(staff, role, regionCode, null);
    }

    /** A DEPARTMENT account of the given department. */
    public static Login department(StaffAccounts staff, Department department, String regionCode) {
        String username = "t" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        NewStaffAccount created = staff.create(SYSTEM,
                new StaffAccountRequest(username, "测试人员", Role.DEPARTMENT, regionCode, department, null), "127.0.0.1");
        return new Login(created.account().id(), username, created.initialPassword());
    }

    /** {@code organization} is the charity's organization id, for a CHARITY account. */
    public static Login create(StaffAccounts staff, Role role, String regionCode, Long organization) {
        String username = "t" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        Department department = role == Role.DEPARTMENT ? Department.EDUCATION : null;
        NewStaffAccount created = staff.create(SYSTEM,
                new StaffAccountRequest(username, "测试人员", role, regionCode, department, organization), "127.0.0.1");
        return new Login(created.account().id(), username, created.initialPassword());
    }
}
