package org.jiuzhu.core.account;

/** A staff account an administrator or supervisor asks for; the initial password is generated. */
public record StaffAccountRequest(String username, String displayName, Role role, String regionCode,
                                  Department department, Long organizationId) {
}
