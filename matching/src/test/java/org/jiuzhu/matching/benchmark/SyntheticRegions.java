package org.jiuzhu.matching.benchmark;

import org.jiuzhu.BulkInsert;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A fictional province the size of Guangxi (14 cities, 112 counties, 1,232 townships, 14,784 villages) under code 98,
 * which GB/T 2260 leaves unassigned, with village centres a few kilometres apart so volunteer radii cover several
 * villages. Marked {@code demo}, like the demo's own province 99.
 */
final class SyntheticRegions {

    static final String PROVINCE = "980000000000";
    static final int CITIES = 14;
    static final int COUNTIES = 8;
    static final int TOWNSHIPS = 11;
    static final int VILLAGES = 12;

    /** A division with its place; {@code parent} is -1 for the province. */
    record Division(String code, String name, String level, int parent, double latitude, double longitude) {
    }

    final List<Division> all = new ArrayList<>();
    final List<Integer> cities = new ArrayList<>();
    final List<List<Integer>> countiesOfCity = new ArrayList<>();
    final List<List<Integer>> townshipsOfCounty = new ArrayList<>();
    final List<Integer> villages = new ArrayList<>();

    SyntheticRegions(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        all.add(new Division(PROVINCE, "基准省（合成）", "PROVINCE", -1, 23.8, 108.6));
        for (int c = 1; c <= CITIES; c++) {
            String city = "98" + two(c) + "00000000";
            int cityIndex = add(city, Vocabulary.placeName(random, "市"), "CITY", 0, 1.8, random);
            cities.add(cityIndex);
            List<Integer> counties = new ArrayList<>();
            countiesOfCity.add(counties);
            for (int k = 1; k <= COUNTIES; k++) {
                String county = city.substring(0, 4) + two(k) + "000000";
                int countyIndex = add(county, Vocabulary.placeName(random, "县"), "COUNTY", cityIndex, 0.35, random);
                counties.add(countyIndex);
                List<Integer> townships = new ArrayList<>();
                townshipsOfCounty.add(townships);
                for (int t = 1; t <= TOWNSHIPS; t++) {
                    String township = county.substring(0, 6) + three(t) + "000";
                    int townshipIndex = add(township, Vocabulary.placeName(random, t % 3 == 0 ? "乡" : "镇"),
                            "TOWNSHIP", countyIndex, 0.1, random);
                    townships.add(townshipIndex);
                    for (int v = 1; v <= VILLAGES; v++) {
                        int village = add(township.substring(0, 9) + three(v),
                                Vocabulary.placeName(random, v == 1 ? "社区" : "村"), "VILLAGE", townshipIndex, 0.035,
                                random);
                        villages.add(village);
                    }
                }
            }
        }
    }

    Division get(int index) {
        return all.get(index);
    }

    /** Writes the tree, parents first (the table's foreign key needs them). */
    void write(Connection connection) throws SQLException {
        try (BulkInsert rows = new BulkInsert(connection, "region", "code", "parent_code", "name", "division_level",
                "demo", "latitude", "longitude")) {
            for (Division d : all) {
                rows.add(d.code(), d.parent() < 0 ? null : all.get(d.parent()).code(), d.name(), d.level(), true,
                        round(d.latitude()), round(d.longitude()));
            }
        }
    }

    private int add(String code, String name, String level, int parent, double spread, SplittableRandom random) {
        Division above = all.get(parent);
        all.add(new Division(code, name, level, parent, above.latitude() + (random.nextDouble() - 0.5) * 2 * spread,
                above.longitude() + (random.nextDouble() - 0.5) * 2 * spread));
        return all.size() - 1;
    }

    private static java.math.BigDecimal round(double degrees) {
        return java.math.BigDecimal.valueOf(degrees).setScale(6, java.math.RoundingMode.HALF_UP);
    }

    private static String two(int n) {
        return String.format("%02d", n);
    }

    private static String three(int n) {
        return String.format("%03d", n);
    }
}
