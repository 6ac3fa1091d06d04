package org.jiuzhu.admin.exchange.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jiuzhu.Database;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.admin.exchange.ListKind;
import org.jiuzhu.admin.exchange.Lists;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.core.privacy.IdNumber;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hundred thousand rows as CSV and as XLSX, imported and compared by the background worker in a JVM of 256 MB
 * heap (its own surefire execution, see pom.xml), while the page's status shows the progress moving.
 */
@MicronautTest(transactional = false)
class LargeImportTest {

    private static final int ROWS = 100_000;
    private static final long HEAP_LIMIT = 256L * 1024 * 1024;
    private static final Pattern BATCH = Pattern.compile("/admin/exchanges/(\\d+)");
    private static final Pattern PERMILLE = Pattern.compile("\"permille\":(-?\\d+)");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final DataSource db;
    /** The most heap in use at any poll, printed with the figures. */
    private long mostHeapUsed;

    LargeImportTest(EmbeddedServer server, StaffAccounts staff, DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.db = Database.raw(dataSource);
    }

    @Test
    void aHundredThousandRowCsvAndXlsxAreImportedInAQuarterGigabyteOfHeapWhileTheProgressMoves() throws IOException {
        assertThat(Runtime.getRuntime().maxMemory()).as("run by the large-import execution, with -Xmx256m")
                .isLessThanOrEqualTo(HEAP_LIMIT);
        WebSession session = WebSession.as(server, Staff.department(staff, Department.HRSS, Lists.VILLAGE
                .substring(0, 6) + "000000"));
        List<List<String>> rows = rows();

        for (String format : List.of("csv", "xlsx")) {
            byte[] file = "csv".equals(format) ? Lists.csv(rows, StandardCharsets.UTF_8) : xlsx(rows);
            Instant started = Instant.now();
            long batch = upload(session, "unemployed." + format, file);
            TreeSet<Integer> importing = follow(session, batch);
            long seconds = Math.max(1, Duration.between(started, Instant.now()).toSeconds());

            assertThat(Database.text(db, "SELECT CONCAT_WS(' ', status, rows_done, rows_accepted, rows_rejected, "
                    + "compared_rows) FROM exchange_batch WHERE id = ?", batch))
                    .isEqualTo("DONE " + ROWS + " " + (ROWS - 10) + " 10 " + (ROWS - 10));
            assertThat(importing).as("progress seen while importing the " + format)
                    .anyMatch(p -> p > 0 && p < 1000);
            System.out.printf("%s: %d rows in %d s (%d rows/s), progress seen %s, most heap in use %d MB of %d MB%n",
                    format, ROWS, seconds, ROWS / seconds, importing, mostHeapUsed / 1024 / 1024,
                    Runtime.getRuntime().maxMemory() / 1024 / 1024);
        }
    }

    /** The header, then 100,000 rows of which every 10,000th has a date in the future. */
    private static List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>(ROWS + 1);
        rows.add(Lists.header(ListKind.REGISTERED_UNEMPLOYED));
        for (int i = 0; i < ROWS; i++) {
            String id = IdNumber.withCheckDigit(String.format("990102%04d%02d%02d%03d", 1960 + i % 40, 1 + i % 12,
                    1 + i % 28, i % 1000));
            rows.add(List.of(id, "张三", Lists.VILLAGE, i % 10_000 == 9_999 ? "2099-01-01" : "2026-03-01", "否"));
        }
        return rows;
    }

    private static byte[] xlsx(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("名单");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.value(r, c, rows.get(r).get(c));
            }
            if (r % 10_000 == 0) {
                sheet.flush();
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    private long upload(WebSession session, String name, byte[] file) {
        String csrf = session.get("/admin/exchanges").csrfToken();
        WebSession.Page posted = session.postMultipart("/admin/exchanges", Map.of("csrfToken", csrf, "kind",
                ListKind.REGISTERED_UNEMPLOYED.name()), name, "application/octet-stream", file);
        assertThat(posted.status()).as(posted.body()).isEqualTo(303);
        Matcher m = BATCH.matcher(posted.headers().firstValue("Location").orElse(""));
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** Polls the status the page polls until the batch is finished; answers the permille values seen importing. */
    private TreeSet<Integer> follow(WebSession session, long batch) {
        TreeSet<Integer> importing = new TreeSet<>();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            String json = session.getJson("/admin/exchanges/" + batch + "/status").body();
            Matcher status = STATUS.matcher(json);
            Matcher permille = PERMILLE.matcher(json);
            assertThat(status.find() && permille.find()).as(json).isTrue();
            mostHeapUsed = Math.max(mostHeapUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            if ("IMPORTING".equals(status.group(1))) {
                importing.add(Integer.parseInt(permille.group(1)));
            }
            if (json.contains("\"finished\":true")) {
                return importing;
            }
            sleep();
        }
        throw new AssertionError("batch " + batch + " did not finish within five minutes");
    }


    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
