package org.jiuzhu.portal.application.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Database;
import org.jiuzhu.EmbeddedModeAccess;
import org.jiuzhu.People;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.core.application.Proofs;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ProofsTest {

    private static final Pattern DOWNLOAD = Pattern.compile("href=\"(/applications/\\d+/proofs/(\\d+))\"");

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final Proofs proofs;
    private final DataSource dataSource;

    ProofsTest(EmbeddedServer server, StaffAccounts staff, Proofs proofs, DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.proofs = proofs;
        this.dataSource = Database.raw(dataSource);
    }

    @Test
    void a_resident_uploads_a_photo_stored_encrypted_under_a_random_name_and_gets_it_back_as_an_attachment() throws Exception {
        WebSession resident = Applicants.resident(server);
        long id = Applicants.start(resident);
        byte[] photo = jpeg(50_000);

        WebSession.Page page = upload(resident, id, "户口簿.jpg", photo);

        assertThat(page.status()).isEqualTo(303);
        String list = resident.get(page.location()).body();
        assertThat(list).contains("户口簿.jpg").contains("材料已上传");
        Matcher link = DOWNLOAD.matcher(list);
        assertThat(link.find()).isTrue();
        HttpResponse<byte[]> file = resident.download(link.group(1));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(photo);
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/jpeg"));
        String stored = storedName(Long.parseLong(link.group(2)));
        assertThat(stored).matches("[0-9a-f]{32}");
        // On disk only ciphertext: not the photo, nothing of its JPEG header, the cipher's own header instead.
        byte[] onDisk = Files.readAllBytes(proofsDirectory().resolve(stored));
        assertThat(onDisk).hasSize(photo.length + 12 + 16).startsWith('J', 'Z', 'F');
        assertThat(java.util.Arrays.copyOfRange(onDisk, 12, 12 + 200))
                .isNotEqualTo(java.util.Arrays.copyOfRange(photo, 0, 200));
        assertThat(file.headers().firstValueAsLong("Content-Length")).hasValue(photo.length);
    }

    @Test
    void a_program_renamed_to_jpg_and_a_file_over_10_mb_are_refused_and_leave_nothing() {
        WebSession resident = Applicants.resident(server);
        long id = Applicants.start(resident);
        byte[] program = "MZ\u0090\u0000 pretending to be a photo".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        WebSession.Page disguised = upload(resident, id, "照片.jpg", program);
        WebSession.Page huge = upload(resident, id, "大照片.jpg", jpeg((int) Proofs.MAX_BYTES + 1));

        assertThat(disguised.status()).isEqualTo(422);
        assertThat(disguised.body()).contains("只能上传照片（JPG、PNG）或 PDF 文件");
        assertThat(huge.status()).isEqualTo(422);
        assertThat(huge.body()).contains("文件不能超过 10 MB");
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM application_proof WHERE application_id = ?", id)).isZero();
    }

    @Test
    void only_the_owner_and_staff_of_the_township_reach_a_proof_and_staff_downloads_are_audited() {
        WebSession owner = Applicants.resident(server);
        long id = Applicants.start(owner);
        Applicants.fillEverything(owner, id, People.idNumber());
        Applicants.submit(owner, id);
        // A real proof names its holder: PersonalDataScanTest must find this number nowhere on disk afterwards.
        upload(owner, id, "收入证明.pdf",
                "%PDF-1.4 income 11010519491231002X".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Matcher link = DOWNLOAD.matcher(owner.get("/applications/" + id + "/proofs").body());
        assertThat(link.find()).isTrue();
        String proofId = link.group(2);

        assertThat(Applicants.resident(server).download(link.group(1)).statusCode()).isEqualTo(403);
        assertThat(Applicants.resident(server).get("/applications/" + id + "/proofs").status()).isEqualTo(403);
        WebSession elsewhere = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHANGNING_TOWNSHIP));
        assertThat(elsewhere.download("/admin/applications/" + id + "/proofs/" + proofId).statusCode()).isEqualTo(403);
        WebSession township = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));
        assertThat(township.get("/admin/applications/" + id).body()).contains("收入证明.pdf");
        assertThat(township.download("/admin/applications/" + id + "/proofs/" + proofId).statusCode()).isEqualTo(200);
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM audit_entry WHERE action = 'PROOF_VIEWED' AND record_id = ?",
                proofId)).isEqualTo(1);
    }

    @Test
    void the_sweeper_removes_old_files_without_a_row_and_keeps_the_others() throws Exception {
        WebSession resident = Applicants.resident(server);
        long id = Applicants.start(resident);
        upload(resident, id, "身份证.png", png());
        Matcher link = DOWNLOAD.matcher(resident.get("/applications/" + id + "/proofs").body());
        assertThat(link.find()).isTrue();
        Path kept = proofsDirectory().resolve(storedName(Long.parseLong(link.group(2))));
        // Even an old file stays while its row exists.
        Files.setLastModifiedTime(kept, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        Path orphan = proofsDirectory().resolve("0123456789abcdef0123456789abcdef");
        Files.write(orphan, jpeg(10));
        Files.setLastModifiedTime(orphan, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        Path recent = proofsDirectory().resolve("fedcba9876543210fedcba9876543210");
        Files.write(recent, jpeg(10));

        proofs.sweep();

        assertThat(orphan).doesNotExist();
        assertThat(kept).exists();
        // A file just written may still be waiting for its row to commit.
        assertThat(recent).exists();
        Files.delete(recent);
    }

    @Test
    void a_commit_that_fails_after_the_file_is_in_place_leaves_neither_row_nor_file() throws Exception {
        WebSession resident = Applicants.resident(server);
        long id = Applicants.start(resident);
        String csrf = resident.get("/applications/" + id + "/proofs").csrfToken();
        List<String> before = storedFiles();
        WebSession.Page page;
        // Another session's table lock makes the row's insert wait, then fail, after the file was written and renamed.
        try (Connection lock = dataSource.getConnection(); Statement s = lock.createStatement()) {
            s.execute("LOCK TABLES application_proof WRITE");
            try {
                page = resident.postMultipart("/applications/" + id + "/proofs",
                        Map.of("csrfToken", csrf, "kind", "HOUSEHOLD_REGISTER"), "户口簿.jpg", "image/jpeg", jpeg(5_000));
            } finally {
                s.execute("UNLOCK TABLES");
            }
        }

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.body()).contains("系统暂时无法使用");
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM application_proof WHERE application_id = ?", id))
                .isZero();
        assertThat(storedFiles()).isEqualTo(before);
    }

    private static List<String> storedFiles() throws Exception {
        if (!Files.isDirectory(proofsDirectory())) {
            return List.of();
        }
        try (var files = Files.list(proofsDirectory())) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static WebSession.Page upload(WebSession resident, long id, String name, byte[] content) {
        String csrf = resident.get("/applications/" + id + "/proofs").csrfToken();
        return resident.postMultipart("/applications/" + id + "/proofs", Map.of("csrfToken", csrf, "kind", "HOUSEHOLD_REGISTER"),
                name, "application/octet-stream", content);
    }

    private String storedName(long proofId) throws Exception {
        try (var c = dataSource.getConnection(); var s = c.prepareStatement("SELECT stored_name FROM application_proof WHERE id = ?")) {
            s.setLong(1, proofId);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private static Path proofsDirectory() {
        return EmbeddedModeAccess.dataDir().resolve("proofs");
    }

    private static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 7);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }

    private static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
    }
}
