package org.jiuzhu.portal.home.web;

/**
 * The home page for whoever is looking: {@code resident} is set for a resident, {@code staffRoleKey} for
 * staff and charities, neither for a visitor.
 */
public record HomePage(Resident resident, String staffRoleKey, boolean adminArea, String regionName,
                       boolean hasApplication, long unreadMessages) {

    public record Resident(String name, String idNumber, String phone) {
    }
}
