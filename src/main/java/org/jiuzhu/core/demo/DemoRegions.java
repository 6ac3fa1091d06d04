package org.jiuzhu.core.demo;

import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.GeoPoint;
import org.jiuzhu.core.region.Region;

import java.util.List;

/** One fictional city with two counties, two townships each and two villages per township. */
final class DemoRegions {

    static final String PROVINCE = "990000000000";
    static final String CITY = "990100000000";
    static final String COUNTY_PINGAN = "990102000000";
    static final String COUNTY_CHANGNING = "990103000000";
    static final String TOWNSHIP_CHENGGUAN = "990102001000";
    static final String TOWNSHIP_CHANGNING = "990103001000";
    static final String VILLAGE_XINGFU = "990102001002";
    static final String VILLAGE_XINHUA = "990103001002";

    private DemoRegions() {
    }

    static List<Region> all() {
        return List.of(
                r(PROVINCE, null, "演示省", DivisionLevel.PROVINCE),
                r(CITY, PROVINCE, "安和市（演示）", DivisionLevel.CITY),
                at(COUNTY_PINGAN, CITY, "平安县", 34.3, 108.9, DivisionLevel.COUNTY),
                at(COUNTY_CHANGNING, CITY, "长宁县", 34.5, 109.3, DivisionLevel.COUNTY),
                at(TOWNSHIP_CHENGGUAN, COUNTY_PINGAN, "城关镇", 34.3, 108.9, DivisionLevel.TOWNSHIP),
                at("990102002000", COUNTY_PINGAN, "河西乡", 34.25, 108.8, DivisionLevel.TOWNSHIP),
                at(TOWNSHIP_CHANGNING, COUNTY_CHANGNING, "长宁镇", 34.5, 109.3, DivisionLevel.TOWNSHIP),
                at("990103002000", COUNTY_CHANGNING, "青山乡", 34.56, 109.38, DivisionLevel.TOWNSHIP),
                at("990102001001", TOWNSHIP_CHENGGUAN, "东街社区", 34.302, 108.905, DivisionLevel.VILLAGE),
                at(VILLAGE_XINGFU, TOWNSHIP_CHENGGUAN, "幸福村", 34.318, 108.93, DivisionLevel.VILLAGE),
                at("990102002001", "990102002000", "柳树村", 34.24, 108.79, DivisionLevel.VILLAGE),
                at("990102002002", "990102002000", "河湾村", 34.262, 108.77, DivisionLevel.VILLAGE),
                at("990103001001", TOWNSHIP_CHANGNING, "南门社区", 34.505, 109.295, DivisionLevel.VILLAGE),
                at(VILLAGE_XINHUA, TOWNSHIP_CHANGNING, "新华村", 34.52, 109.32, DivisionLevel.VILLAGE),
                at("990103002001", "990103002000", "青山村", 34.57, 109.39, DivisionLevel.VILLAGE),
                at("990103002002", "990103002000", "石桥村", 34.55, 109.41, DivisionLevel.VILLAGE));
    }

    private static Region r(String code, String parent, String name, DivisionLevel level) {
        return new Region(code, parent, name, level, true);
    }

    /** Invented coordinates a few kilometres apart, so distances between demo villages look plausible. */
    private static Region at(String code, String parent, String name, double latitude, double longitude,
                             DivisionLevel level) {
        return new Region(code, parent, name, level, true, new GeoPoint(latitude, longitude));
    }
}
