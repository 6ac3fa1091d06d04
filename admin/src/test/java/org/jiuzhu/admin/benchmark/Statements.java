package org.jiuzhu.admin.benchmark;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * With {@code -Dbenchmark.statements=true}, where the database's time went: every statement of the timed run is logged
 * by the server (which slows the run: figures taken this way are for finding the cost, not for the record) and the
 * statements are printed grouped by their first words, most time first.
 */
final class Statements {

    private final DataSource data;
    private final boolean enabled;

    Statements(DataSource data, boolean enabled) throws Exception {
        this.data = data;
        this.enabled = enabled;
        if (enabled) {
            execute("SET GLOBAL log_output = 'TABLE'", "TRUNCATE TABLE mysql.slow_log",
                    "SET GLOBAL long_query_time = 0", "SET GLOBAL slow_query_log = ON");
            // long_query_time is copied into a session when it connects: the pool's connections must be new ones.
            if (data instanceof com.zaxxer.hikari.HikariDataSource hikari) {
                hikari.getHikariPoolMXBean().softEvictConnections();
            }
        }
    }

    /** Prints through the {@code mariadb} client: the pool's socket timeout is too short for this query. */
    void print(int port) throws Exception {
        if (!enabled) {
            return;
        }
        execute("SET GLOBAL slow_query_log = OFF");
        Process process = new ProcessBuilder(List.of("mariadb", "--batch", "--skip-column-names", "-h127.0.0.1",
                "-P" + port, "-uroot", "-e", "SELECT ROUND(SUM(TIME_TO_SEC(query_time)), 1), COUNT(*), "
                + "SUM(rows_examined), head FROM (SELECT query_time, rows_examined, LEFT(sql_text, 40) AS head "
                + "FROM mysql.slow_log) t GROUP BY head ORDER BY 1 DESC LIMIT 25"))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(10, TimeUnit.MINUTES);
        output.lines().forEach(line -> System.out.println("statements  " + line.replaceAll("\\s+", " ")));
    }

    private void execute(String... sql) throws Exception {
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            for (String each : sql) {
                s.execute(each);
            }
        }
    }
}
