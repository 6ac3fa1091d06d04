package org.jiuzhu.core.region;

/** One administrative division. {@code demo} marks the fictional tree shipped for demonstrations. */
public record Region(String code, String parentCode, String name, DivisionLevel level, boolean demo) {

    public RegionScope scope() {
        return new RegionScope(code, level);
    }
}
