package org.jiuzhu.core.region;

/**
 * One administrative division. {@code demo} marks the fictional tree shipped for demonstrations; {@code centre} is
 * null where no coordinates were loaded.
 */
public record Region(String code, String parentCode, String name, DivisionLevel level, boolean demo, GeoPoint centre) {

    public Region(String code, String parentCode, String name, DivisionLevel level, boolean demo) {
        this(code, parentCode, name, level, demo, null);
    }

    public RegionScope scope() {
        return new RegionScope(code, level);
    }
}
