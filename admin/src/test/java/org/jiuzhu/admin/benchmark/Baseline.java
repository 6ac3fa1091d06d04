package org.jiuzhu.admin.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The raw-database baseline: the same list loaded by the {@code mariadb} client with {@code LOAD DATA LOCAL INFILE}
 * into a bare table, then one {@code INSERT ... SELECT ... JOIN} against the population in plain text. No checks, no
 * encryption, no report, no resuming: what the database alone costs.
 */
final class Baseline {

    private final int port;

    Baseline(int port) {
        this.port = port;
    }

    static boolean available() {
        try {
            return new ProcessBuilder("mariadb", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs the load and the join; answers the milliseconds and the rows the join wrote. */
    long[] run(Path csv) throws IOException, InterruptedException {
        sql("DROP TABLE IF EXISTS baseline_list, baseline_warning; "
                + "CREATE TABLE baseline_list (id_number CHAR(18), name VARCHAR(64), region CHAR(12), "
                + "registered_on DATE, employment_aid VARCHAR(4)) ENGINE = InnoDB; "
                + "CREATE TABLE baseline_warning (id_number CHAR(18), application_id BIGINT, rule_id VARCHAR(24)) "
                + "ENGINE = InnoDB;");
        long started = System.nanoTime();
        sql("LOAD DATA LOCAL INFILE '" + csv.toAbsolutePath() + "' INTO TABLE baseline_list CHARACTER SET utf8mb4 "
                + "FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\\r\\n' IGNORE 1 LINES; "
                + "INSERT INTO baseline_warning SELECT l.id_number, p.application_id, 'HRS-01' FROM baseline_list l "
                + "JOIN baseline_person p ON p.id_number = l.id_number WHERE l.employment_aid = '否';");
        long millis = (System.nanoTime() - started) / 1_000_000;
        String count = sql("SELECT COUNT(*) FROM baseline_warning;").strip();
        return new long[] {millis, Long.parseLong(count.lines().reduce((a, b) -> b).orElse("0").strip())};
    }

    private String sql(String statements) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("mariadb", "--local-infile=1", "--batch", "--skip-column-names",
                "-h127.0.0.1", "-P" + port, "-uroot", "--database=jiuzhu", "-e", statements))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("mariadb client failed: " + output);
        }
        return output;
    }
}
