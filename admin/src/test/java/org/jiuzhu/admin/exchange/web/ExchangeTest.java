package org.jiuzhu.admin.exchange.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Database;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.admin.exchange.Importer;
import org.jiuzhu.admin.exchange.ListKind;
import org.jiuzhu.admin.exchange.Lists;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Departments upload their lists through the pages; every row is checked and the report names the bad ones. */
@MicronautTest(transactional = false)
class ExchangeTest {

    static final String COUNTY = "990102000000";
    private static final Pattern BATCH = Pattern.compile("/admin/exchanges/(\\d+)");

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final Importer importer;
    private final DataSource db;

    ExchangeTest(EmbeddedServer server, StaffAccounts staff, Importer importer, DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.importer = importer;
        this.db = Database.raw(dataSource);
    }

    private WebSession department(ListKind kind) {
        Department department = Arrays.stream(Department.values()).filter(kind::handedOverBy).findFirst()
                .orElseThrow();
        return WebSession.as(server, Staff.department(staff, department, COUNTY));
    }

    /** Uploads and imports; answers the batch id. */
    private long upload(WebSession session, ListKind kind, String fileName, byte[] content) {
        String csrf = session.get("/admin/exchanges").csrfToken();
        WebSession.Page posted = session.postMultipart("/admin/exchanges", Map.of("csrfToken", csrf, "kind",
                kind.name()), fileName, "application/octet-stream", content);
        assertThat(posted.status()).as(posted.body()).isEqualTo(303);
        Matcher m = BATCH.matcher(posted.headers().firstValue("Location").orElse(""));
        assertThat(m.find()).isTrue();
        importer.importWaiting();
        return Long.parseLong(m.group(1));
    }

    @Test
    void everyKindOfListKeepsItsGoodRowsAndReportsEachBadOneWithItsLineAndReason() {
        for (ListKind kind : ListKind.values()) {
            WebSession session = department(kind);
            Lists.Broken broken = Lists.brokenOwnColumn(kind);
            List<String> badId = Lists.good(kind);
            badId.set(0, "110101199001011235");
            List<String> outside = Lists.good(kind);
            outside.set(2, Lists.OTHER_VILLAGE);
            byte[] csv = Lists.csv(List.of(Lists.header(kind), Lists.good(kind), broken.row(), badId, outside,
                    Lists.good(kind)), StandardCharsets.UTF_8);

            long batch = upload(session, kind, kind.slug() + ".csv", csv);

            assertThat(Database.text(db, "SELECT status FROM exchange_batch WHERE id = ?", batch)).as(kind.name())
                    .isEqualTo("DONE");
            assertThat(Database.number(db, "SELECT COUNT(*) FROM exchange_record WHERE batch_id = ?", batch))
                    .as(kind.name()).isEqualTo(2);
            assertThat(Database.number(db, "SELECT COUNT(*) FROM exchange_rejection WHERE batch_id = ? AND line = 3"
                    + " AND field = ? AND reason = ?", batch, broken.field(), broken.reason())).as(kind.name()).isOne();
            assertThat(Database.number(db, "SELECT COUNT(*) FROM exchange_rejection WHERE batch_id = ? AND line = 4"
                    + " AND field = 'idNumber' AND reason = 'idNumber'", batch)).isOne();
            assertThat(Database.number(db, "SELECT COUNT(*) FROM exchange_rejection WHERE batch_id = ? AND line = 5"
                    + " AND field = 'region' AND reason = 'regionOutside'", batch)).isOne();
            String report = session.get("/admin/exchanges/" + batch).body();
            assertThat(report).contains("共读取 5 行：接收 2 行，3 行有问题未接收", "行政区划不在本部门的辖区内");
        }
    }

    @Test
    void acceptedRowsKeepNothingReadableAndTheReportDownloadListsEveryRefusal() {
        ListKind kind = ListKind.SEVERELY_DISABLED;
        WebSession session = department(kind);
        List<String> good = Lists.good(kind);
        List<List<String>> rows = new ArrayList<>(List.of(Lists.header(kind), good));
        for (int i = 0; i < 250; i++) {
            rows.add(Lists.brokenOwnColumn(kind).row());
        }
        long batch = upload(session, kind, "disabled.csv", Lists.csv(rows, StandardCharsets.UTF_8));

        assertThat(Database.number(db, "SELECT COUNT(*) FROM exchange_record WHERE batch_id = ? AND "
                + "(HEX(id_number_enc) LIKE HEX(?) OR HEX(facts_enc) LIKE HEX(?))", batch, "%" + good.get(0) + "%",
                "%视力%")).isZero();
        String page = session.get("/admin/exchanges/" + batch).body();
        assertThat(page).contains("页面只列出前 200 条", "不是允许的值");
        HttpResponse<byte[]> download = session.download("/admin/exchanges/" + batch + "/rejections.csv");
        assertThat(download.statusCode()).isEqualTo(200);
        String csv = new String(download.body(), StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(251);
        assertThat(csv).contains("252,残疾类别,不是允许的值");
    }

    @Test
    void theSameFileIsImportedOnceAndAnOtherDepartmentCannotSeeIt() {
        ListKind kind = ListKind.REGISTERED_UNEMPLOYED;
        WebSession session = department(kind);
        byte[] csv = Lists.csv(List.of(Lists.header(kind), Lists.good(kind)), StandardCharsets.UTF_8);
        long first = upload(session, kind, "unemployed.csv", csv);

        String csrf = session.get("/admin/exchanges").csrfToken();
        WebSession.Page again = session.postMultipart("/admin/exchanges", Map.of("csrfToken", csrf, "kind",
                kind.name()), "unemployed-copy.csv", "text/csv", csv);
        assertThat(again.headers().firstValue("Location").orElse("")).isEqualTo("/admin/exchanges/" + first
                + "?notice=repeated");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM exchange_batch WHERE sha256 = (SELECT sha256 FROM "
                + "exchange_batch WHERE id = ?)", first)).isOne();

        WebSession education = department(ListKind.POOR_STUDENTS);
        assertThat(education.get("/admin/exchanges/" + first).status()).isEqualTo(404);
        assertThat(education.download("/admin/exchanges/" + first + "/rejections.csv").statusCode()).isEqualTo(404);
        String educationCsrf = education.get("/admin/exchanges").csrfToken();
        WebSession.Page notTheirs = education.postMultipart("/admin/exchanges", Map.of("csrfToken", educationCsrf,
                "kind", kind.name()), "unemployed.csv", "text/csv", csv);
        assertThat(notTheirs.status()).isEqualTo(422);
        assertThat(notTheirs.body()).contains("请选择本部门报送的名单类别");
        WebSession supervisor = WebSession.as(server, Staff.create(staff, Role.SUPERVISOR, COUNTY));
        assertThat(supervisor.get("/admin/exchanges/" + first).body()).contains("unemployed.csv");
    }

    @Test
    void gb18030CsvAndXlsxAreReadAndAFileWithoutTheRequiredColumnsFailsWithTheirNames() {
        ListKind kind = ListKind.DEATHS;
        WebSession session = department(kind);
        long gbk = upload(session, kind, "deaths.csv", Lists.csv(List.of(Lists.header(kind), Lists.good(kind)),
                java.nio.charset.Charset.forName("GB18030")));
        assertThat(Database.number(db, "SELECT rows_accepted FROM exchange_batch WHERE id = ?", gbk)).isOne();

        List<String> serialDate = Lists.good(kind);
        serialDate.set(3, "46082");
        long xlsx = upload(session, kind, "deaths.xlsx", Lists.xlsx(List.of(Lists.header(kind), Lists.good(kind),
                serialDate)));
        assertThat(Database.number(db, "SELECT rows_accepted FROM exchange_batch WHERE id = ?", xlsx)).isEqualTo(2);

        byte[] headless = Lists.csv(List.of(List.of("姓名", "备注"), List.of("张三", "无")), StandardCharsets.UTF_8);
        long failed = upload(session, kind, "wrong.csv", headless);
        assertThat(Database.text(db, "SELECT status FROM exchange_batch WHERE id = ?", failed)).isEqualTo("FAILED");
        assertThat(session.get("/admin/exchanges/" + failed).body()).contains("文件缺少这些列：身份证号、死亡日期");
        assertThat(upload(session, kind, "wrong-again.csv", headless)).isNotEqualTo(failed);

        String csrf = session.get("/admin/exchanges").csrfToken();
        WebSession.Page pdf = session.postMultipart("/admin/exchanges", Map.of("csrfToken", csrf, "kind", kind.name()),
                "deaths.xls", "application/vnd.ms-excel", new byte[]{(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 0, 0});
        assertThat(pdf.status()).isEqualTo(422);
        assertThat(pdf.body()).contains("只接受 xlsx 或 csv 文件");
    }

    @Test
    void anImportInterruptedMidwayIsTakenOverAndImportedWholeOnce() {
        ListKind kind = ListKind.RELAPSE_WATCH;
        WebSession session = department(kind);
        List<List<String>> rows = new ArrayList<>(List.of(Lists.header(kind)));
        for (int i = 0; i < 2500; i++) {
            rows.add(Lists.good(kind));
        }
        long batch = upload(session, kind, "relapse.csv", Lists.csv(rows, StandardCharsets.UTF_8));
        assertThat(Database.number(db, "SELECT rows_accepted FROM exchange_batch WHERE id = ?", batch))
                .isEqualTo(2500);

        // As a node that died after writing a chunk leaves it: importing, partly written, silent for three minutes.
        Database.update(db, "UPDATE exchange_batch SET status = 'IMPORTING', stored_name = ?, dedupe_sha256 = sha256,"
                + " worker = 'gone', heartbeat_at = NOW(6) - INTERVAL 3 MINUTE, rows_accepted = 1000 WHERE id = ?",
                storedCopy(rows), batch);
        Database.update(db, "DELETE FROM exchange_record WHERE batch_id = ? AND line > 1001", batch);
        importer.importWaiting();

        assertThat(Database.text(db, "SELECT status FROM exchange_batch WHERE id = ?", batch)).isEqualTo("DONE");
        assertThat(Database.number(db, "SELECT rows_accepted FROM exchange_batch WHERE id = ?", batch))
                .isEqualTo(2500);
        assertThat(Database.number(db, "SELECT COUNT(*) FROM exchange_record WHERE batch_id = ?", batch))
                .isEqualTo(2500);
        assertThat(Database.number(db, "SELECT attempts FROM exchange_batch WHERE id = ?", batch)).isEqualTo(2);
    }

    /** Puts the list back on disk under a new stored name, as if its import had not finished. */
    private String storedCopy(List<List<String>> rows) {
        java.nio.file.Path folder = org.jiuzhu.EmbeddedMode.dataDir().resolve("exchange");
        String name = java.util.HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(16)
                .putLong(System.nanoTime()).putLong(42).array());
        try {
            java.nio.file.Files.createDirectories(folder);
            java.nio.file.Files.write(folder.resolve(name), Lists.csv(rows, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return name;
    }
}
