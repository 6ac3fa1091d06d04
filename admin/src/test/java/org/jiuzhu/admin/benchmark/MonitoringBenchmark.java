package org.jiuzhu.admin.benchmark;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.jiuzhu.EmbeddedMode;
import org.jiuzhu.Staff;
import org.jiuzhu.admin.exchange.Exchanges;
import org.jiuzhu.admin.exchange.Importer;
import org.jiuzhu.admin.exchange.ListKind;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.core.privacy.FieldCipher;
import org.jiuzhu.core.privacy.PersonIndex;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.RegionScope;

import javax.sql.DataSource;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Locale;
import java.util.Map;

/**
 * The monitoring benchmark: a million low-income persons in households (generated once, kept under
 * {@code target/benchmark-monitoring}) and a million-row registered-unemployed list naming every tenth of them; then,
 * timed, the list's upload, its import (every row checked, encrypted, indexed), its comparison with the database and
 * the warnings and referrals it commits; then the same list through the {@code mariadb} client as the raw-database
 * baseline. Run it with {@code ./mvnw -q -Pbenchmark-monitoring test-compile exec:exec}; see
 * {@code docs/BENCHMARKS.md}.
 */
public final class MonitoringBenchmark {

    private static final String COUNTY = "990102000000";

    private MonitoringBenchmark() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private static void run() throws Exception {
        int persons = Integer.getInteger("benchmark.persons", 1_000_000);
        int rows = Integer.getInteger("benchmark.rows", 1_000_000);
        Path csv = EmbeddedMode.dataDir().resolve("unemployed-" + rows + ".csv");
        print("machine", Runtime.getRuntime().availableProcessors() + " cores, heap "
                + Runtime.getRuntime().maxMemory() / 1024 / 1024 + " MB, data in " + EmbeddedMode.dataDir());
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("jiuzhu.exchange.importer", false, "jiuzhu.search.indexer", false)).start()) {
            DataSource raw = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
            String url = context.getBean(DatasourceConfiguration.class).getUrl();
            int port = Integer.parseInt(url.replaceAll(".*//127\\.0\\.0\\.1:(\\d+)/.*", "$1"));
            Staff.Login hrss = Staff.department(context.getBean(StaffAccounts.class), Department.HRSS, COUNTY);
            Population population = new Population(raw, context.getBean(FieldCipher.class),
                    context.getBean(PersonIndex.class));
            if (!population.present(persons)) {
                print("population", "generating " + persons + " persons ...");
                print("population", seconds(population.generate(persons, hrss.id(), 42)) + " to generate");
            }
            if (!Files.exists(csv)) {
                Population.list(csv, rows, persons);
            }
            print("list", rows + " rows, " + Files.size(csv) / 1024 / 1024 + " MB, every tenth row a person of the "
                    + "population without employment aid");
            forgetEarlierRuns(raw);
            Statements statements = new Statements(raw, Boolean.getBoolean("benchmark.statements"));

            Actor department = new Actor(hrss.id(), Role.DEPARTMENT, new RegionScope(COUNTY, DivisionLevel.COUNTY),
                    Department.HRSS, null);
            long started = System.nanoTime();
            Exchanges.Outcome outcome;
            try (InputStream in = Files.newInputStream(csv)) {
                outcome = context.getBean(Exchanges.class).upload(department, ListKind.REGISTERED_UNEMPLOYED,
                        csv.getFileName().toString(), in, "127.0.0.1");
            }
            long uploaded = System.nanoTime();
            context.getBean(Importer.class).importWaiting();
            long total = (System.nanoTime() - started) / 1_000_000;
            report(raw, outcome.batch(), rows, (uploaded - started) / 1_000_000, total);
            statements.print(port);

            if (!Baseline.available()) {
                print("baseline", "skipped: no mariadb client (apt-get install mariadb-client)");
                return;
            }
            long[] baseline = new Baseline(port).run(csv);
            print("baseline", "mariadb client LOAD DATA LOCAL INFILE + INSERT ... SELECT ... JOIN: "
                    + seconds(baseline[0]) + ", " + perSecond(rows, baseline[0]) + ", " + baseline[1] + " rows joined");
            print("ratio", String.format(Locale.ROOT, "baseline / product = %.2f (1 or more: at least as fast as the "
                    + "raw database)", (double) baseline[0] / total));
        }
    }

    private static void report(DataSource raw, long batch, int rows, long uploadMillis, long totalMillis)
            throws Exception {
        try (Connection c = raw.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT started_at, imported_at, finished_at, rows_accepted, rows_rejected,"
                     + " warnings_raised, status, (SELECT COUNT(*) FROM referral) FROM exchange_batch WHERE id = "
                     + batch)) {
            r.next();
            long importMillis = millis(r.getTimestamp(1), r.getTimestamp(2));
            long compareMillis = millis(r.getTimestamp(2), r.getTimestamp(3));
            print("upload", seconds(uploadMillis) + ", " + perSecond(rows, uploadMillis) + " (stored, SHA-256)");
            print("import", seconds(importMillis) + ", " + perSecond(rows, importMillis) + " (checked, encrypted, "
                    + r.getLong(4) + " accepted, " + r.getLong(5) + " refused)");
            print("comparison", seconds(compareMillis) + ", " + perSecond(rows, compareMillis) + " ("
                    + r.getLong(6) + " warnings and " + r.getLong(8) + " referrals committed)");
            print("total", seconds(totalMillis) + ", " + perSecond(rows, totalMillis) + ", batch " + r.getString(7));
        }
    }

    /**
     * Each run starts from the population alone, so the same list raises its warnings again. Truncated rather than
     * deleted: InnoDB would otherwise purge a million deleted rows during the timed phases.
     */
    private static void forgetEarlierRuns(DataSource raw) throws Exception {
        try (Connection c = raw.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : new String[] {"referral", "warning_visit", "conference_item", "warning",
                    "exchange_record", "exchange_rejection", "exchange_batch"}) {
                s.execute("TRUNCATE TABLE " + table);
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
    }

    private static long millis(Timestamp from, Timestamp to) {
        return to.getTime() - from.getTime();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String perSecond(int rows, long millis) {
        return String.format(Locale.ROOT, "%,d rows/s", millis == 0 ? 0 : rows * 1000L / millis);
    }

    private static void print(String topic, String text) {
        System.out.printf(Locale.ROOT, "%-11s %s%n", topic, text);
    }
}
