package org.jiuzhu.core.region.web;

import jakarta.inject.Singleton;
import org.jiuzhu.core.region.Regions;

import java.util.List;

/** The village picker's options, grouped by county and township, for any form that asks where someone lives. */
@Singleton
public class VillageChoices {

    public record Group(String label, List<Village> villages) {
    }

    public record Village(String code, String name, boolean selected) {
    }

    private final Regions regions;

    VillageChoices(Regions regions) {
        this.regions = regions;
    }

    public List<Group> groups(String selectedCode) {
        return regions.villagesByTownship().entrySet().stream()
                .map(group -> new Group(group.getKey(), group.getValue().stream()
                        .map(v -> new Village(v.code(), v.name(), v.code().equals(selectedCode))).toList()))
                .toList();
    }
}
