package org.jiuzhu.core.region;

import jakarta.inject.Singleton;
import org.jiuzhu.core.region.persistence.RegionStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The region tree. Divisions change a few times a year, so the whole tree is read once and kept; saving a
 * division here refreshes it. (Several nodes would need a shared signal before divisions can be edited live.)
 */
@Singleton
public class Regions {

    private final RegionStore store;
    private volatile Map<String, Region> tree;

    public Regions(RegionStore store) {
        this.store = store;
    }

    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(tree().get(code));
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

    /** The code itself and every division above it, nearest first: what region filters match on. */
    public List<String> chain(String code) {
        List<String> codes = new ArrayList<>();
        Optional<Region> current = find(code);
        while (current.isPresent()) {
            codes.add(current.get().code());
            current = find(current.get().parentCode());
        }
        return codes;
    }

    /** The centre of the division, or of the nearest division above it that has one. */
    public Optional<GeoPoint> centre(String code) {
        return chain(code).stream().map(c -> get(c).centre()).filter(java.util.Objects::nonNull).findFirst();
    }

    /** Villages grouped by "county township", in code order: what a resident picks their registered address from. */
    public Map<String, List<Region>> villagesByTownship() {
        Map<String, List<Region>> groups = new LinkedHashMap<>();
        List<Region> villages = new ArrayList<>(tree().values().stream()
                .filter(r -> r.level() == DivisionLevel.VILLAGE).toList());
        villages.sort(Comparator.comparing(Region::code));
        for (Region village : villages) {
            groups.computeIfAbsent(townshipLabel(village), key -> new ArrayList<>()).add(village);
        }
        return groups;
    }

    /** Every division above village level, in code order: where an organization registers or serves. */
    public List<Region> divisions() {
        List<Region> divisions = new ArrayList<>(tree().values().stream()
                .filter(r -> r.level() != DivisionLevel.VILLAGE).toList());
        divisions.sort(Comparator.comparing(Region::code));
        return divisions;
    }

    /** Divisions a staff member whose scope is {@code scope} may assign to new staff accounts. */
    public List<Region> within(RegionScope scope) {
        List<Region> regions = new ArrayList<>(tree().values().stream().filter(r -> scope.contains(r.code())).toList());
        regions.sort(Comparator.comparing(Region::code));
        return regions;
    }

    public void save(Region region) {
        store.save(region);
        tree = null;
    }

    private Map<String, Region> tree() {
        Map<String, Region> current = tree;
        if (current == null) {
            current = new java.util.HashMap<>();
            for (Region region : store.all()) {
                current.put(region.code(), region);
            }
            tree = current;
        }
        return current;
    }

    private String townshipLabel(Region village) {
        Region township = get(village.parentCode());
        Region county = get(township.parentCode());
        return county.name() + " " + township.name();
    }
}
