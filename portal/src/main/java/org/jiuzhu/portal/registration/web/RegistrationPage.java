package org.jiuzhu.portal.registration.web;

import java.util.List;
import java.util.Map;

/** The registration form as typed so far (never the passwords), its problems, and the villages to pick from. */
public record RegistrationPage(String name, String phone, String idNumber, Map<String, String> errors,
                        List<VillageGroup> villageGroups, int minimumPasswordLength) {

    public record VillageGroup(String label, List<Village> villages) {
    }

    public record Village(String code, String name, boolean selected) {
    }
}
