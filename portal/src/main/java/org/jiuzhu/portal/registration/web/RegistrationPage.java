package org.jiuzhu.portal.registration.web;

import org.jiuzhu.core.region.web.VillageChoices;

import java.util.List;
import java.util.Map;

/** The registration form as typed so far (never the passwords), its problems, and the villages to pick from. */
public record RegistrationPage(String name, String phone, String idNumber, Map<String, String> errors,
                               List<VillageChoices.Group> villageGroups, int minimumPasswordLength) {
}
