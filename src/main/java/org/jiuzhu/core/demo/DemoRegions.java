package org.jiuzhu.core.demo;

import org.jiuzhu.core.region.DivisionLevel;
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
                r(COUNTY_PINGAN, CITY, "平安县", DivisionLevel.COUNTY),
                r(COUNTY_CHANGNING, CITY, "长宁县", DivisionLevel.COUNTY),
                r(TOWNSHIP_CHENGGUAN, COUNTY_PINGAN, "城关镇", DivisionLevel.TOWNSHIP),
                r("990102002000", COUNTY_PINGAN, "河西乡", DivisionLevel.TOWNSHIP),
                r(TOWNSHIP_CHANGNING, COUNTY_CHANGNING, "长宁镇", DivisionLevel.TOWNSHIP),
                r("990103002000", COUNTY_CHANGNING, "青山乡", DivisionLevel.TOWNSHIP),
                r("990102001001", TOWNSHIP_CHENGGUAN, "东街社区", DivisionLevel.VILLAGE),
                r(VILLAGE_XINGFU, TOWNSHIP_CHENGGUAN, "幸福村", DivisionLevel.VILLAGE),
                r("990102002001", "990102002000", "柳树村", DivisionLevel.VILLAGE),
                r("990102002002", "990102002000", "河湾村", DivisionLevel.VILLAGE),
                r("990103001001", TOWNSHIP_CHANGNING, "南门社区", DivisionLevel.VILLAGE),
                r(VILLAGE_XINHUA, TOWNSHIP_CHANGNING, "新华村", DivisionLevel.VILLAGE),
                r("990103002001", "990103002000", "青山村", DivisionLevel.VILLAGE),
                r("990103002002", "990103002000", "石桥村", DivisionLevel.VILLAGE));
    }

    private static Region r(String code, String parent, String name, DivisionLevel level) {
        return new Region(code, parent, name, level, true);
    }
}
