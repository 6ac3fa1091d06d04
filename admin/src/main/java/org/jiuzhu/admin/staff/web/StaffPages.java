package org.jiuzhu.admin.staff.web;

import java.util.List;
import java.util.Map;

/** The models of the staff pages. */
public final class StaffPages {

    private StaffPages() {
    }

    public record ListPage(String scopeName, List<Row> rows) {
    }

    public record Row(String username, String name, String roleKey, String regionName, String departmentKey) {
    }

    public record FormPage(String username, String displayName, List<Option> roles, List<Option> regions,
                    List<Option> departments, Map<String, String> errors) {
    }

    /** A select option; {@code labelKey} is a message key unless {@code literal} is set. */
    public record Option(String value, String labelKey, String literal, boolean selected) {
    }

    public record CreatedPage(String username, String name, String roleKey, String regionName, String initialPassword) {
    }
}
