package org.jiuzhu.core.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.jiuzhu.EmbeddedMode;
import org.jiuzhu.core.account.Accounts;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.Registrations;
import org.jiuzhu.core.account.ResidentRegistration;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccountRequest;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.core.demo.persistence.DemoOrganizations;
import org.jiuzhu.core.eligibility.SettingsBook;
import org.jiuzhu.core.privacy.IdNumber;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.RegionScope;
import org.jiuzhu.core.region.Regions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Seeds the demo regions and accounts on the first start of the embedded demo mode. */
@Singleton
@Requires(property = "jiuzhu.demo.enabled", value = "true")
public class DemoData {

    /** The seeding itself acts as a system administrator with account id 0 in the audit trail. */
    private static final Actor SYSTEM = new Actor(0, Role.ADMIN,
            new RegionScope(DemoRegions.PROVINCE, DivisionLevel.PROVINCE), null, null);

    private final Regions regions;
    private final Accounts accounts;
    private final StaffAccounts staff;
    private final Registrations registrations;
    private final DemoOrganizations organizations;
    private final SettingsBook settings;
    private final DemoCredentials credentials;
    private final DemoNotices notices;
    private final DemoComplaints complaints;
    private final Clock clock;

    DemoData(Regions regions, Accounts accounts, StaffAccounts staff, Registrations registrations,
             DemoOrganizations organizations, SettingsBook settings, DemoCredentials credentials,
             DemoNotices notices, DemoComplaints complaints, Clock clock) {
        this.regions = regions;
        this.accounts = accounts;
        this.staff = staff;
        this.registrations = registrations;
        this.organizations = organizations;
        this.settings = settings;
        this.credentials = credentials;
        this.notices = notices;
        this.complaints = complaints;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        DemoRegions.all().forEach(regions::save);
        DemoSettings.all().stream().filter(s -> settings.inEffect(s.regionCode()).isEmpty()).forEach(settings::seed);
        // The database decides, not the file: a database deleted on its own must not leave stale logins printed.
        if (!accounts.usernameTaken("admin")) {
            List<DemoCredentials.Login> logins = seedAccounts();
            notices.seed(SYSTEM);
            complaints.seed();
            credentials.save(EmbeddedMode.dataDir(), logins);
            credentials.print(EmbeddedMode.dataDir(), logins);
        } else if (credentials.exist(EmbeddedMode.dataDir())) {
            credentials.printReminder(EmbeddedMode.dataDir());
        } else {
            System.out.println("Demo accounts exist but " + EmbeddedMode.dataDir().resolve("demo-accounts.txt")
                    + " is gone: stop the product and delete the data folder to start afresh.");
        }
    }

    private List<DemoCredentials.Login> seedAccounts() {
        List<DemoCredentials.Login> logins = new ArrayList<>();
        long charity = organizations.create("安和市慈善总会（演示）", DemoRegions.CITY, "53990100MJ0000001Y",
                clock.instant());
        logins.add(staff("admin", "系统管理员", Role.ADMIN, DemoRegions.PROVINCE, null, null));
        logins.add(staff("supervisor", "监督员", Role.SUPERVISOR, DemoRegions.CITY, null, null));
        logins.add(staff("operator", "热线坐席", Role.OPERATOR, DemoRegions.CITY, null, null));
        logins.add(staff("approver", "平安县审批员", Role.APPROVER, DemoRegions.COUNTY_PINGAN, null, null));
        logins.add(staff("caseworker", "城关镇经办员", Role.CASEWORKER, DemoRegions.TOWNSHIP_CHENGGUAN, null, null));
        logins.add(staff("caseworker2", "长宁镇经办员", Role.CASEWORKER, DemoRegions.TOWNSHIP_CHANGNING, null, null));
        logins.add(staff("village", "幸福村协理员", Role.VILLAGE_OFFICER, DemoRegions.VILLAGE_XINGFU, null, null));
        logins.add(staff("education", "市教育局", Role.DEPARTMENT, DemoRegions.CITY, Department.EDUCATION, null));
        logins.add(staff("hrss", "市人社局", Role.DEPARTMENT, DemoRegions.CITY, Department.HRSS, null));
        logins.add(staff("disabled", "市残联", Role.DEPARTMENT, DemoRegions.CITY, Department.DISABLED_FEDERATION, null));
        logins.add(staff("charity", "慈善总会", Role.CHARITY, DemoRegions.CITY, null, charity));
        logins.add(resident("13900000001", "王秀英", "99010219500101002", DemoRegions.VILLAGE_XINGFU));
        logins.add(resident("13900000002", "李建国", "99010319620315003", DemoRegions.VILLAGE_XINHUA));
        return logins;
    }

    private DemoCredentials.Login staff(String username, String name, Role role, String region,
                                        Department department, Long organization) {
        String password = staff.create(SYSTEM, new StaffAccountRequest(username, name, role, region, department,
                organization), "127.0.0.1").initialPassword();
        return new DemoCredentials.Login(role, username, password);
    }

    private DemoCredentials.Login resident(String phone, String name, String first17, String village) {
        String password = staff.generatePassword();
        registrations.register(new ResidentRegistration(name, phone, IdNumber.withCheckDigit(first17), village,
                password.toCharArray(), password.toCharArray()), "127.0.0.1");
        return new DemoCredentials.Login(Role.RESIDENT, phone, password);
    }
}
