package org.jiuzhu.matching.benchmark;

import org.jiuzhu.BulkInsert;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Needs as residents write them, already de-identified: who the need concerns, the hardship, what they hope for.
 * About 1.4 needs a household; 88 % still shared, the rest withdrawn, matched or met; one household in twelve received
 * charity aid in the last two years (the fairness rule's input, in the assistance chain).
 */
final class SyntheticNeeds {

    private static final List<String> BANDS = List.of("UNDER_6", "CHILD", "TEEN", "ADULT", "MIDDLE_AGED", "SIXTIES",
            "SEVENTIES", "EIGHTY_PLUS");

    private final SyntheticRegions regions;
    private final SplittableRandom random;
    private final LocalDate today;
    private final long account;

    SyntheticNeeds(SyntheticRegions regions, long seed, LocalDate today, long account) {
        this.regions = regions;
        this.random = new SplittableRandom(seed);
        this.today = today;
        this.account = account;
    }

    void write(Connection connection, int count) throws SQLException {
        int households = Math.max(1, (int) (count / 1.4));
        Instant now = Instant.now();
        try (BulkInsert needs = new BulkInsert(connection, "need", "household_bidx", "account_id", "region_code",
                "aid_kind", "target_groups", "age_band", "text", "urgency", "status", "consented_at", "revoked_at",
                "created_by", "created_at", "version", "consent_channel", "consent_reference")) {
            for (int i = 0; i < count; i++) {
                int household = random.nextInt(households);
                Vocabulary.Kind kind = Vocabulary.kind(random);
                int band = band(kind);
                Set<String> targets = targets(kind, band);
                Instant consented = now.minus(random.nextInt(730 * 24), ChronoUnit.HOURS);
                String status = status();
                boolean paper = random.nextInt(10) == 0;
                needs.add(household(household), account, village(household), kind.name(), String.join(",", targets),
                        BANDS.get(band), text(kind, targets), urgency(), status, Timestamp.from(consented),
                        status.equals("WITHDRAWN") ? Timestamp.from(now) : null, account, Timestamp.from(consented), 0,
                        paper ? "PAPER" : "ONLINE", paper ? "ZF-" + (100000 + i) : null);
            }
        }
        Timestamp recorded = Timestamp.from(now);
        try (BulkInsert chain = new BulkInsert(connection, "assistance_chain", "household_bidx", "region_code", "kind",
                "aid_kind", "one_off_amount", "summary", "occurred_on", "recorded_by", "recorded_at")) {
            for (int h = 0; h < households; h += 12) {
                chain.add(household(h), village(h), "CHARITY", Vocabulary.kind(random).name(),
                        java.math.BigDecimal.valueOf(100 + random.nextInt(20) * 50L), "合成数据：慈善帮扶",
                        today.minusDays(random.nextInt(730)), account, recorded);
            }
        }
    }

    /** A fixed 32-byte stand-in for the household head's blind index. */
    static byte[] household(int household) {
        return ByteBuffer.allocate(32).putLong(0x6a7a6263L).putInt(household).array();
    }

    private String village(int household) {
        int village = (int) Math.floorMod(household * 2_654_435_761L, regions.villages.size());
        return regions.get(regions.villages.get(village)).code();
    }

    /** Care and companionship are mostly for the old, education for the young, the others for anyone. */
    private int band(Vocabulary.Kind kind) {
        return switch (kind.name()) {
            case "CARE", "COMPANIONSHIP" -> random.nextInt(4) == 0 ? random.nextInt(8) : 5 + random.nextInt(3);
            case "EDUCATION" -> 1 + random.nextInt(3);
            case "EMPLOYMENT" -> 3 + random.nextInt(2);
            default -> random.nextInt(8);
        };
    }

    private Set<String> targets(Vocabulary.Kind kind, int band) {
        Set<String> targets = new LinkedHashSet<>();
        if (band >= 5) {
            targets.add(random.nextInt(5) < 2 ? "ELDERLY_ALONE" : "ELDERLY");
        } else if (band <= 2) {
            targets.add(kind.name().equals("EDUCATION") && band > 0 ? "STUDENTS" : "CHILDREN");
        } else if (band == 3 && kind.name().equals("EDUCATION")) {
            targets.add("STUDENTS");
        }
        if (random.nextInt(100) < 15) {
            targets.add("DISABLED");
        }
        if (kind.name().equals("MEDICAL") && random.nextInt(100) < 40) {
            targets.add("SERIOUSLY_ILL");
        }
        return targets;
    }

    private String text(Vocabulary.Kind kind, Set<String> targets) {
        StringBuilder text = new StringBuilder();
        if (targets.isEmpty()) {
            text.append(Vocabulary.pick(Vocabulary.GENERIC, random));
        } else {
            for (String target : targets) {
                text.append(text.isEmpty() ? "" : "，").append(Vocabulary.pick(Vocabulary.PEOPLE.get(target), random));
            }
        }
        text.append("，").append(Vocabulary.pick(kind.hardships(), random)).append("，")
                .append(Vocabulary.pick(kind.hopes(), random)).append("。")
                .append(Vocabulary.pick(Vocabulary.EXTRAS, random));
        return text.toString();
    }

    private int urgency() {
        int roll = random.nextInt(100);
        return roll < 70 ? 1 : roll < 92 ? 2 : 3;
    }

    private String status() {
        int roll = random.nextInt(100);
        return roll < 88 ? "SHARED" : roll < 94 ? "WITHDRAWN" : roll < 97 ? "MATCHED" : "MET";
    }
}
