package org.jiuzhu.admin.benchmark;

import org.jiuzhu.BulkInsert;
import org.jiuzhu.core.privacy.FieldCipher;
import org.jiuzhu.core.privacy.IdNumber;
import org.jiuzhu.core.privacy.PersonIndex;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A fictional county's low-income population receiving dibao: households of one to five people (a third alone, the
 * mean about 2.5), every member with an encrypted ID number and the person index, as the product stores them; and a
 * registered-unemployed list naming every tenth of them (none with employment aid) among new people. For the raw
 * baseline the same persons are kept in plain text in {@code baseline_person}, which the product never has.
 */
final class Population {

    /** Days in eighty years of birth dates: with the person's number this gives a unique, valid ID number. */
    private static final int DAYS = 29_220;
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1940, 1, 1);
    private static final String VILLAGE = "990102001002";

    private final DataSource data;
    private final FieldCipher cipher;
    private final PersonIndex index;

    Population(DataSource data, FieldCipher cipher, PersonIndex index) {
        this.data = data;
        this.cipher = cipher;
        this.index = index;
    }

    /** The n-th person's ID number: distinct for every n below 29,220,000. */
    static String idNumber(int n) {
        String birth = FIRST_BIRTH.plusDays(n % DAYS).toString().replace("-", "");
        return IdNumber.withCheckDigit("990102" + birth + String.format("%03d", n / DAYS));
    }

    boolean present(int persons) throws SQLException {
        try (Connection c = data.getConnection(); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = "
                     + "'baseline_person' AND table_schema = DATABASE()")) {
            r.next();
            if (r.getLong(1) == 0) {
                return false;
            }
        }
        try (Connection c = data.getConnection(); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT COUNT(*) FROM baseline_person")) {
            r.next();
            if (r.getLong(1) != persons) {
                throw new IllegalStateException("the database holds a population of " + r.getLong(1) + " persons, "
                        + "not " + persons + ": delete target/benchmark-monitoring to generate another");
            }
            return true;
        }
    }

    /** Writes the households; answers the milliseconds it took. */
    long generate(int persons, long applicant, long seed) throws SQLException {
        long started = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = data.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE baseline_person (id_number CHAR(18) NOT NULL, application_id BIGINT NOT NULL,"
                        + " PRIMARY KEY (id_number)) ENGINE = InnoDB");
                s.execute("SET foreign_key_checks = 0");
            }
            long firstId = nextApplicationId(c);
            try (BulkInsert applications = new BulkInsert(c, "application", "id", "applicant_account_id",
                    "region_code", "status", "created_at", "updated_at", "submitted_at");
                 BulkInsert decisions = new BulkInsert(applications, c, "application_decision", "application_id",
                         "outcome", "categories", "decided_by", "decided_at");
                 BulkInsert members = new BulkInsert(applications, c, "application_member", "application_id",
                         "position", "name", "id_number_enc", "id_number_bidx", "relationship", "disability",
                         "disability_grade", "seriously_ill", "student", "employment", "able_supporter");
                 BulkInsert plain = new BulkInsert(c, "baseline_person", "id_number", "application_id")) {
                long application = firstId;
                for (int person = 0; person < persons; application++) {
                    int size = Math.min(persons - person, householdSize(random));
                    applications.add(application, applicant, VILLAGE, "IN_PAYMENT", now, now, now);
                    decisions.add(application, "APPROVED", "DIBAO", applicant, now);
                    for (int position = 0; position < size; position++, person++) {
                        String id = idNumber(person);
                        members.add(application, position, "低保" + position, cipher.encrypt(id,
                                "application_member.id_number"), index.of(id), position == 0 ? "APPLICANT" : "CHILD",
                                "NONE", 0, false, false, "UNEMPLOYED", true);
                        plain.add(id, application);
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("SET foreign_key_checks = 1");
            }
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** The list: every tenth person of the population, and new people after them, one row each. */
    static void list(Path file, int rows, int persons) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("身份证号,姓名,行政区划代码,失业登记日期,是否享受就业帮扶\r\n");
            int known = 0;
            int fresh = persons;
            for (int row = 0; row < rows; row++) {
                int person = row % 10 == 0 && known < persons ? known++ * 10 % persons : fresh++;
                out.write(idNumber(person) + ",张三," + VILLAGE + ",2026-03-01,否\r\n");
            }
        }
    }

    private static int householdSize(SplittableRandom random) {
        int p = random.nextInt(100);
        return p < 30 ? 1 : p < 55 ? 2 : p < 75 ? 3 : p < 90 ? 4 : 5;
    }

    private static long nextApplicationId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var r = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM application")) {
            r.next();
            return r.getLong(1);
        }
    }
}
