package org.jiuzhu.matching.benchmark;

import org.jiuzhu.BulkInsert;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Charities and their offers as they look after a few years of use: 70 % projects serving a county, a few townships
 * or a whole city, 30 % volunteer services with a radius of 3 to 20 km and weekly slots; most published, some drafts,
 * paused, closed, full or ended.
 */
final class SyntheticOffers {

    static final int ORGANIZATIONS = 2000;
    private static final List<String> ORGANIZATION_KINDS = List.of("公益服务中心", "慈善会", "志愿者协会", "社工服务站",
            "基金会");
    private static final List<String> CONDITIONS = List.of("", "每户限申请一次。", "需经村（居）委会推荐。",
            "优先帮扶低保和特困家庭。", "服务免费。", "名额有限，先到先得。");
    private static final List<String> PARTS = List.of("MORNING", "AFTERNOON", "EVENING");

    private final SyntheticRegions regions;
    private final SplittableRandom random;
    private final LocalDate today;
    private final long author;

    SyntheticOffers(SyntheticRegions regions, long seed, LocalDate today, long author) {
        this.regions = regions;
        this.random = new SplittableRandom(seed);
        this.today = today;
        this.author = author;
    }

    /** Writes the organizations (ids from {@code firstOrganization}) and {@code count} offers (ids from {@code first}). */
    void write(Connection connection, long firstOrganization, long first, int count) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        int[] cityOf = new int[ORGANIZATIONS];
        try (BulkInsert organizations = new BulkInsert(connection, "charity_organization", "id", "name",
                "region_code", "created_at", "status", "version");
             BulkInsert served = new BulkInsert(organizations, connection, "charity_served_region", "organization_id",
                     "region_code")) {
            for (int o = 0; o < ORGANIZATIONS; o++) {
                cityOf[o] = random.nextInt(SyntheticRegions.CITIES);
                String city = regions.get(regions.cities.get(cityOf[o])).code();
                organizations.add(firstOrganization + o, Vocabulary.pick(Vocabulary.BRANDS, random)
                        + Vocabulary.placeName(random, "") + Vocabulary.pick(ORGANIZATION_KINDS, random), city, now,
                        "VERIFIED", 0);
                served.add(firstOrganization + o, city);
            }
        }
        try (BulkInsert offers = new BulkInsert(connection, "offer", "id", "organization_id", "kind", "title",
                "description", "aid_kind", "target_groups", "amount_per_beneficiary", "goods", "budget", "skills",
                "base_region_code", "latitude", "longitude", "radius_km", "capacity", "remaining", "starts_on",
                "ends_on", "status", "created_by", "created_at", "updated_at", "version");
             BulkInsert served = new BulkInsert(offers, connection, "offer_region", "offer_id", "region_code");
             BulkInsert slots = new BulkInsert(offers, connection, "offer_slot", "offer_id", "weekday", "part",
                     "remaining")) {
            for (int i = 0; i < count; i++) {
                int organization = random.nextInt(ORGANIZATIONS);
                offer(first + i, firstOrganization + organization, cityOf[organization], now, offers, served, slots);
            }
        }
    }

    private void offer(long id, long organization, int city, Timestamp now, BulkInsert offers, BulkInsert served,
                       BulkInsert slots) throws SQLException {
        Vocabulary.Kind kind = Vocabulary.kind(random);
        boolean volunteer = random.nextInt(100) < 30;
        Set<String> targets = targets();
        String title = Vocabulary.pick(Vocabulary.BRANDS, random) + Vocabulary.pick(kind.titles(), random)
                + (volunteer ? "志愿服务" : "项目");
        String description = description(kind, targets);
        LocalDate starts = today.minusDays(random.nextInt(300));
        LocalDate ends = random.nextInt(100) < 5 ? today.minusDays(1 + random.nextInt(60))
                : today.plusDays(30 + random.nextInt(335));
        String status = status();
        if (volunteer) {
            int village = regions.villages.get(randomVillageOf(city));
            SyntheticRegions.Division base = regions.get(village);
            int perSlot = 1 + random.nextInt(5);
            List<Object[]> weekly = new ArrayList<>();
            List<String> taken = new ArrayList<>();
            int remaining = 0;
            for (int s = 0, n = 2 + random.nextInt(3); s < n; s++) {
                int weekday = 1 + random.nextInt(7);
                String part = Vocabulary.pick(PARTS, random);
                if (!taken.contains(weekday + part)) {
                    taken.add(weekday + part);
                    int left = random.nextInt(100) < 10 ? 0 : 1 + random.nextInt(perSlot);
                    remaining += left;
                    weekly.add(new Object[]{id, weekday, part, left});
                }
            }
            String skills = String.join("、", new LinkedHashSet<>(List.of(Vocabulary.pick(kind.skills(), random),
                    Vocabulary.pick(kind.skills(), random))));
            offers.add(id, organization, "VOLUNTEER", title, description, kind.name(), String.join(",", targets), null,
                    null, null, skills, base.code(), decimal(base.latitude()), decimal(base.longitude()),
                    3 + random.nextInt(18), perSlot, remaining, starts, ends, status, author, now, now, 0);
            for (Object[] slot : weekly) {
                slots.add(slot);
            }
            return;
        }
        int capacity = 5 + random.nextInt(196);
        int remaining = random.nextInt(100) < 5 ? 0 : 1 + random.nextInt(capacity);
        BigDecimal amount = random.nextBoolean() ? BigDecimal.valueOf(200L + random.nextInt(49) * 100L) : null;
        String goods = amount == null || random.nextInt(3) == 0 ? Vocabulary.pick(kind.goods(), random) : null;
        offers.add(id, organization, "PROJECT", title, description, kind.name(), String.join(",", targets), amount,
                goods, amount == null ? null : amount.multiply(BigDecimal.valueOf(capacity)), null, null, null, null,
                null, capacity, remaining, starts, ends, status, author, now, now, 0);
        for (String region : servedRegions(city)) {
            served.add(id, region);
        }
    }

    /** 60 % one county of the organization's city, 30 % one to three townships of a county, 10 % the city. */
    private Set<String> servedRegions(int city) {
        Set<String> codes = new LinkedHashSet<>();
        int k = random.nextInt(SyntheticRegions.COUNTIES);
        int county = regions.countiesOfCity.get(city).get(k);
        int roll = random.nextInt(100);
        if (roll < 60) {
            codes.add(regions.get(county).code());
        } else if (roll < 90) {
            List<Integer> townships = regions.townshipsOfCounty.get(city * SyntheticRegions.COUNTIES + k);
            for (int t = 0, n = 1 + random.nextInt(3); t < n; t++) {
                codes.add(regions.get(townships.get(random.nextInt(townships.size()))).code());
            }
        } else {
            codes.add(regions.get(regions.cities.get(city)).code());
        }
        return codes;
    }

    private String description(Vocabulary.Kind kind, Set<String> targets) {
        String whom = targets.isEmpty() ? "辖区内低保、特困和低保边缘家庭"
                : String.join("、", targets.stream().map(Vocabulary.SERVED::get).toList());
        String first = Vocabulary.pick(kind.services(), random);
        String second = Vocabulary.pick(kind.services(), random);
        return "本项目面向" + whom + "，" + first + (second.equals(first) ? "" : "；" + second) + "。"
                + Vocabulary.pick(CONDITIONS, random);
    }

    private Set<String> targets() {
        Set<String> targets = new LinkedHashSet<>();
        List<String> groups = Vocabulary.GROUPS;
        for (int t = 0, n = random.nextInt(100) < 30 ? 0 : 1 + random.nextInt(2); t < n; t++) {
            targets.add(groups.get(random.nextInt(groups.size())));
        }
        return targets;
    }

    private String status() {
        int roll = random.nextInt(100);
        return roll < 85 ? "PUBLISHED" : roll < 91 ? "DRAFT" : roll < 95 ? "PAUSED" : "CLOSED";
    }

    private int randomVillageOf(int city) {
        int perCity = SyntheticRegions.COUNTIES * SyntheticRegions.TOWNSHIPS * SyntheticRegions.VILLAGES;
        return city * perCity + random.nextInt(perCity);
    }

    private static BigDecimal decimal(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(6, java.math.RoundingMode.HALF_UP);
    }
}
