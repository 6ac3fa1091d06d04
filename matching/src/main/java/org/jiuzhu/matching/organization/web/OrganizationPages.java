package org.jiuzhu.matching.organization.web;

import jakarta.inject.Singleton;
import org.jiuzhu.core.chrome.web.Formats;
import org.jiuzhu.core.region.Region;
import org.jiuzhu.core.region.Regions;
import org.jiuzhu.matching.organization.Organization;
import org.jiuzhu.matching.web.Choice;

import java.util.List;
import java.util.Map;

/** The organization pages' records, built from the domain; templates only print them. */
@Singleton
public class OrganizationPages {

    private final Regions regions;

    OrganizationPages(Regions regions) {
        this.regions = regions;
    }

    public record RegistrationPage(Map<String, String> errors, Map<String, String> typed, List<Choice> divisions,
                                   String servedPrefix) {
    }

    /** One organization, for its own users and for reviewers. */
    public record Summary(long id, String name, String creditCode, String region, String served, String contactName,
                          String maskedPhone, String introduction, String statusKey, String status,
                          boolean hasCertificate, String decisionReason, String registeredOn, long version) {
    }

    public record OwnPage(Summary organization, Map<String, String> errors, String notice) {
    }

    public record ReviewListPage(List<Summary> pending, List<Summary> decided) {
    }

    public record ReviewPage(Summary organization, Map<String, String> errors, Map<String, String> typed,
                             String notice) {
    }

    RegistrationPage registration(Map<String, String> errors, Map<String, String> typed) {
        List<Choice> divisions = regions.divisions().stream()
                .map(r -> Choice.named(r.code(), indent(r) + r.name())).toList();
        return new RegistrationPage(errors, typed, divisions, RegistrationController.SERVED);
    }

    Summary summary(Organization o) {
        return new Summary(o.id(), o.name(), o.creditCode(), regions.pathName(o.regionCode()),
                String.join("、", o.servedRegions().stream().map(c -> regions.get(c).name()).toList()),
                o.contactName(), o.maskedPhone(), o.introduction(), o.status().messageKey(), o.status().name(),
                o.hasCertificate(), o.decisionReason(), Formats.date(o.createdAt()), o.version());
    }

    // Divisions are listed in code order; the indent shows the tree in a flat list without relying on colour.
    private static String indent(Region region) {
        return switch (region.level()) {
            case PROVINCE -> "";
            case CITY -> "　";
            case COUNTY -> "　　";
            default -> "　　　";
        };
    }
}
