package org.jiuzhu.admin.exchange.persistence;

import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Database;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.admin.exchange.Importer;
import org.jiuzhu.admin.exchange.ListKind;
import org.jiuzhu.admin.exchange.Lists;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.StaffAccounts;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accepted rows are written with LOAD DATA LOCAL INFILE where the server allows it (the embedded MariaDB does), and
 * with multi-row inserts where it does not: both store exactly the same bytes, and no file stays behind.
 */
@MicronautTest(transactional = false)
class BulkLoadTest {

    private static final Pattern BATCH = Pattern.compile("/admin/exchanges/(\\d+)");

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final Importer importer;
    private final DataSource db;
    private final Path folder;

    BulkLoadTest(EmbeddedServer server, StaffAccounts staff, Importer importer, DataSource dataSource,
                 Environment environment) {
        this.server = server;
        this.staff = staff;
        this.importer = importer;
        this.db = Database.raw(dataSource);
        this.folder = Paths.get(environment.getRequiredProperty("jiuzhu.exchange.bulk-dir", String.class));
    }

    @Test
    void rowsLoadedInBulkAndRowsInsertedReadBackByteForByteTheSameAndLeaveNoFile() throws IOException {
        long batch = aBatch();
        List<RecordStore.Record> rows = awkwardRows(1500);
        BulkLoad loads = new BulkLoad(db, folder.toString(), true);
        RecordStore loading = new RecordStore(db, loads);
        RecordStore inserting = new RecordStore(db, new BulkLoad(db, folder.toString(), false));

        assertThat(loads.available()).as("the embedded MariaDB takes bulk loads").isTrue();
        loading.insert(batch, shifted(rows, 10_000));
        inserting.insert(batch, shifted(rows, 20_000));

        List<RecordStore.Record> loaded = loading.after(batch, 10_000, rows.size());
        List<RecordStore.Record> inserted = loading.after(batch, 20_000, rows.size());
        assertThat(loaded).hasSize(rows.size());
        assertThat(inserted).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertSame(rows.get(i), loaded.get(i), 10_000);
            assertSame(rows.get(i), inserted.get(i), 20_000);
        }
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.toList()).as("bulk files are deleted once loaded").isEmpty();
        }
    }

    @Test
    void aRegionThatIsNotDigitsNeverReachesTheFile() {
        long batch = aBatch();
        RecordStore.Record odd = new RecordStore.Record(30_001, new byte[32], new byte[30], new byte[30],
                "9901\t02", null);

        RecordStore loading = new RecordStore(db, new BulkLoad(db, folder.toString(), true));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> loading.insert(batch, List.of(odd)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Database.number(db, "SELECT COUNT(*) FROM exchange_record WHERE batch_id = ? AND line > 30000",
                batch)).isZero();
    }

    /** Random bytes with every byte a loader could trip on: tab, newline, backslash, quote, zero. */
    private static List<RecordStore.Record> awkwardRows(int count) {
        Random random = new Random(7);
        List<RecordStore.Record> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            byte[] facts = i % 3 == 0 ? null : bytes(random, 40 + i % 50);
            rows.add(new RecordStore.Record(i, bytes(random, 32), bytes(random, 48), bytes(random, 20 + i % 30),
                    i % 4 == 0 ? null : "990102000000", facts));
        }
        return rows;
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        byte[] awkward = {'\t', '\n', '\\', '\'', 0, '\r', 'N'};
        bytes[0] = awkward[length % awkward.length];
        return bytes;
    }

    private static List<RecordStore.Record> shifted(List<RecordStore.Record> rows, int by) {
        return rows.stream().map(r -> new RecordStore.Record(r.line() + by, r.personIndex(), r.idNumber(), r.name(),
                r.region(), r.facts())).toList();
    }

    private static void assertSame(RecordStore.Record expected, RecordStore.Record actual, int shift) {
        assertThat(actual.line()).isEqualTo(expected.line() + shift);
        assertThat(actual.personIndex()).isEqualTo(expected.personIndex());
        assertThat(actual.idNumber()).isEqualTo(expected.idNumber());
        assertThat(actual.name()).isEqualTo(expected.name());
        assertThat(actual.region()).isEqualTo(expected.region());
        assertThat(actual.facts()).isEqualTo(expected.facts());
    }

    /** A real batch for the rows to belong to: a one-row list uploaded and imported. */
    private long aBatch() {
        WebSession session = WebSession.as(server, Staff.department(staff, Department.HRSS, "990102000000"));
        String csrf = session.get("/admin/exchanges").csrfToken();
        ListKind kind = ListKind.REGISTERED_UNEMPLOYED;
        WebSession.Page posted = session.postMultipart("/admin/exchanges", Map.of("csrfToken", csrf, "kind",
                kind.name()), "unemployed-" + System.nanoTime() + ".csv", "text/csv",
                Lists.csv(List.of(Lists.header(kind), Lists.good(kind)), StandardCharsets.UTF_8));
        Matcher m = BATCH.matcher(posted.headers().firstValue("Location").orElse(""));
        assertThat(m.find()).as(posted.body()).isTrue();
        importer.importWaiting();
        return Long.parseLong(m.group(1));
    }
}
