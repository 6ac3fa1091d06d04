package org.jiuzhu.reliability;

import io.micronaut.context.ApplicationContext;
import org.jiuzhu.Cases;
import org.jiuzhu.Database;
import org.jiuzhu.Staff;
import org.jiuzhu.admin.exchange.ApiKeys;
import org.jiuzhu.core.account.Account;
import org.jiuzhu.core.account.Accounts;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.core.account.web.SessionMint;
import org.jiuzhu.core.demo.persistence.DemoOrganizations;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.RegionScope;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The staff the scanners log in as, beyond the visitor and the resident: a Pingan township caseworker, the county's
 * supervisor, its human-resources department (with an API key for the exchange API) and a charity's user. Each gets
 * its cookies the way {@link SessionMint} makes them, and a page to start crawling from.
 */
record Personas(Map<String, Persona> logins, String departmentKey) {

    /** A logged-in staff member: the cookies of their browser and the page their work starts from. */
    record Persona(Map<String, String> cookies, String home) {
    }

    static Personas make(Map<String, String> configuration) {
        try (ApplicationContext context = Population.context(configuration)) {
            StaffAccounts staff = context.getBean(StaffAccounts.class);
            Map<String, Persona> logins = new LinkedHashMap<>();
            logins.put("caseworker", persona(context, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP),
                    "admin"));
            logins.put("supervisor", persona(context, Staff.create(staff, Role.SUPERVISOR, Cases.PINGAN_COUNTY),
                    "admin"));
            Staff.Login hrss = Staff.department(staff, Department.HRSS, Cases.PINGAN_COUNTY);
            logins.put("department", persona(context, hrss, "admin"));
            logins.put("charity", persona(context, charity(context, "扫描测试慈善会"), "charity"));
            Actor department = new Actor(hrss.id(), Role.DEPARTMENT, new RegionScope(Cases.PINGAN_COUNTY,
                    DivisionLevel.COUNTY), Department.HRSS, null);
            String key = context.getBean(ApiKeys.class).make(department, "scanner", Cases.IP).orElseThrow().secret();
            return new Personas(logins, key);
        }
    }

    /** A verified charity of the city serving Pingan county, as registration and review leave it, and its user. */
    static Staff.Login charity(ApplicationContext context, String name) {
        long organization = context.getBean(DemoOrganizations.class).create(name, Staff.CITY, null, Instant.now());
        Database.update(Database.raw(context.getBean(DataSource.class)),
                "INSERT INTO charity_served_region (organization_id, region_code) VALUES (?, ?)", organization,
                Cases.PINGAN_COUNTY);
        return Staff.create(context.getBean(StaffAccounts.class), Role.CHARITY, Staff.CITY, organization);
    }

    private static Persona persona(ApplicationContext context, Staff.Login login, String home) {
        Account account = context.getBean(Accounts.class).find(login.id()).orElseThrow();
        return new Persona(SessionMint.loggedIn(context, account).cookies(), home);
    }
}
