package org.jiuzhu.admin.staff.web;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record StaffForm(String username, String displayName, String role, String regionCode, String department,
                 String csrfToken) {
}
