package org.jiuzhu.core.account.web;

import io.micronaut.security.authentication.Authentication;
import org.jiuzhu.core.account.Account;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.Region;
import org.jiuzhu.core.region.RegionScope;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Between an account and the token's claims. The token holds the account id as subject, the session id and
 * the region scope; never a name, ID or phone number (the label is the masked name or the username).
 */
public final class Actors {

    static final String SESSION = "sid";
    private static final String REGION = "region";
    private static final String LEVEL = "level";
    private static final String DEPARTMENT = "dept";
    private static final String ORGANIZATION = "org";
    private static final String LABEL = "label";
    private static final String API_KEY = "apiKey";

    private Actors() {
    }

    public static Actor of(Authentication authentication) {
        Map<String, Object> a = authentication.getAttributes();
        Role role = Role.valueOf(authentication.getRoles().iterator().next());
        RegionScope scope = new RegionScope((String) a.get(REGION), DivisionLevel.valueOf((String) a.get(LEVEL)));
        Object department = a.get(DEPARTMENT);
        Object organization = a.get(ORGANIZATION);
        return new Actor(Long.parseLong(authentication.getName()), role, scope,
                department == null ? null : Department.valueOf(department.toString()),
                organization == null ? null : Long.valueOf(organization.toString()));
    }

    static Authentication authentication(Account account, Region region, String sessionId, String label) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(SESSION, sessionId);
        attributes.put(REGION, region.code());
        attributes.put(LEVEL, region.level().name());
        attributes.put(LABEL, label);
        attributes.put("adminArea", account.role().worksInAdminArea());
        if (account.department() != null) {
            attributes.put(DEPARTMENT, account.department().name());
        }
        if (account.organizationId() != null) {
            attributes.put(ORGANIZATION, account.organizationId().toString());
        }
        return Authentication.build(Long.toString(account.id()), List.of(account.role().name()), attributes);
    }

    /**
     * A department's system presenting an API key: it acts as the staff member who made the key, for the key's
     * department and region, and holds no session.
     */
    public static Authentication apiKey(long accountId, Region region, Department department, long keyId) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(REGION, region.code());
        attributes.put(LEVEL, region.level().name());
        attributes.put(DEPARTMENT, department.name());
        attributes.put(LABEL, "API");
        attributes.put(API_KEY, Long.toString(keyId));
        return Authentication.build(Long.toString(accountId), List.of(Role.DEPARTMENT.name()), attributes);
    }

    /** The API key the request was authenticated with, or null for a logged-in session. */
    public static Long apiKeyId(Authentication authentication) {
        Object key = authentication.getAttributes().get(API_KEY);
        return key == null ? null : Long.valueOf(key.toString());
    }

    static String sessionId(Authentication authentication) {
        Object sid = authentication.getAttributes().get(SESSION);
        return sid == null ? null : sid.toString();
    }
}
