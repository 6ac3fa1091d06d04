package org.jiuzhu.core.region;

import jakarta.inject.Singleton;
import org.jiuzhu.core.region.persistence.RegionStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The region tree. Divisions change a few times a year, so reads go to the database each time. */
@Singleton
public class Regions {

    private final RegionStore store;

    public Regions(RegionStore store) {
        this.store = store;
    }

    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : store.find(code);
    }

    public Region get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown region"));
    }

    /** The full name from the top, e.g. "演示省 演示市 东城县 城关镇 幸福村". */
    public String pathName(String code) {
        List<String> names = new ArrayList<>();
        Optional<Region> current = find(code);
        while (current.isPresent()) {
            names.add(0, current.get().name());
            current = find(current.get().parentCode());
        }
        return String.join(" ", names);
    }

    /** Villages grouped by "county township", in code order: what a resident picks their registered address from. */
    public Map<String, List<Region>> villagesByTownship() {
        Map<String, List<Region>> groups = new LinkedHashMap<>();
        List<Region> villages = store.atLevel(DivisionLevel.VILLAGE);
        villages.sort(Comparator.comparing(Region::code));
        for (Region village : villages) {
            groups.computeIfAbsent(townshipLabel(village), key -> new ArrayList<>()).add(village);
        }
        return groups;
    }

    /** Divisions a staff member whose scope is {@code scope} may assign to new staff accounts. */
    public List<Region> within(RegionScope scope) {
        List<Region> regions = store.within(scope.likePattern());
        regions.sort(Comparator.comparing(Region::code));
        return regions;
    }

    public void save(Region region) {
        store.save(region);
    }

    private String townshipLabel(Region village) {
        Region township = get(village.parentCode());
        Region county = get(township.parentCode());
        return county.name() + " " + township.name();
    }
}
