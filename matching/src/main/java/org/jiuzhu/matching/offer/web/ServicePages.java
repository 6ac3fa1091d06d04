package org.jiuzhu.matching.offer.web;

import jakarta.inject.Singleton;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.Region;
import org.jiuzhu.core.region.Regions;
import org.jiuzhu.matching.AidKind;
import org.jiuzhu.matching.TargetGroup;
import org.jiuzhu.matching.offer.Offer;
import org.jiuzhu.matching.offer.OfferKind;
import org.jiuzhu.matching.organization.Organizations;
import org.jiuzhu.matching.search.Reason;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The public service search page: the form's choices and what each result says. */
@Singleton
public class ServicePages {

    private final Regions regions;
    private final Organizations organizations;

    ServicePages(Regions regions, Organizations organizations) {
        this.regions = regions;
        this.organizations = organizations;
    }

    public record ServicesPage(List<Group> places, List<Choice> aidKinds, Map<String, String> typed,
                               Map<String, String> errors, boolean searched, List<Service> results) {
    }

    /** Regions offered in one optgroup: counties and townships first, then villages by township. */
    public record Group(String label, List<Choice> choices) {
    }

    public record Choice(String value, String text, String key) {
    }

    /** One open service as anyone may read it: what, from whom, where, until when, places left and why it came up. */
    public record Service(long id, String title, String organization, String kindKey, String aidKey,
                          List<String> targetKeys, String description, String amount, String goods, String skills,
                          String where, String period, int remaining, List<Reason> reasons) {
    }

    ServicesPage page(Map<String, String> typed, Map<String, String> errors, boolean searched, List<Service> results) {
        List<Group> places = new ArrayList<>();
        places.add(new Group("", regions.divisions().stream()
                .filter(r -> r.level() == DivisionLevel.COUNTY || r.level() == DivisionLevel.TOWNSHIP)
                .map(r -> new Choice(r.code(), regions.pathName(r.code()), "")).toList()));
        regions.villagesByTownship().forEach((township, villages) -> places.add(new Group(township,
                villages.stream().map(v -> new Choice(v.code(), v.name(), "")).toList())));
        List<Choice> aidKinds = Arrays.stream(AidKind.values()).map(k -> new Choice(k.name(), "", k.messageKey()))
                .toList();
        return new ServicesPage(places, aidKinds, typed, errors, searched, results);
    }

    Service service(Offer o, List<Reason> reasons) {
        String where = o.kind() == OfferKind.VOLUNTEER
                ? regions.pathName(o.baseRegionCode()) + " · " + o.radiusKm() + " km"
                : o.regions().stream().map(regions::pathName).collect(Collectors.joining("；"));
        return new Service(o.id(), o.title(), organizations.name(o.organizationId()), o.kind().messageKey(),
                o.aidKind().messageKey(), o.targets().stream().map(TargetGroup::messageKey).toList(), o.description(),
                o.amountPerBeneficiary() == null ? "" : o.amountPerBeneficiary().toPlainString(),
                o.goods() == null ? "" : o.goods(), o.skills() == null ? "" : o.skills(), where,
                o.startsOn() + " – " + o.endsOn(), o.remaining(), reasons);
    }

    boolean known(String code) {
        return regions.find(code).map(Region::level).filter(l -> l != DivisionLevel.PROVINCE).isPresent();
    }
}
