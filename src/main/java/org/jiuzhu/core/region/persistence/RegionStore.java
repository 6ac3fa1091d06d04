package org.jiuzhu.core.region.persistence;

import jakarta.inject.Singleton;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.GeoPoint;
import org.jiuzhu.core.region.Region;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Maps region rows to the domain; the only way the kernel reaches the region table. */
@Singleton
public class RegionStore {

    private final RegionRepository repository;

    RegionStore(RegionRepository repository) {
        this.repository = repository;
    }

    public Optional<Region> find(String code) {
        return repository.findById(code).map(RegionStore::toRegion);
    }

    public List<Region> all() {
        List<Region> regions = new java.util.ArrayList<>();
        repository.findAll().forEach(row -> regions.add(toRegion(row)));
        return regions;
    }

    public void save(Region region) {
        RegionRow row = new RegionRow(region.code(), region.parentCode(), region.name(),
                region.level().name(), region.demo(),
                region.centre() == null ? null : BigDecimal.valueOf(region.centre().latitude()),
                region.centre() == null ? null : BigDecimal.valueOf(region.centre().longitude()));
        if (repository.existsById(region.code())) {
            repository.update(row);
        } else {
            repository.save(row);
        }
    }

    private static Region toRegion(RegionRow row) {
        return new Region(row.code(), row.parentCode(), row.name(),
                DivisionLevel.valueOf(row.divisionLevel()), row.demo(),
                row.latitude() == null || row.longitude() == null ? null
                        : new GeoPoint(row.latitude().doubleValue(), row.longitude().doubleValue()));
    }
}
