package org.jiuzhu.reliability;

import io.micronaut.context.ApplicationContext;
import org.jiuzhu.core.application.Proofs;
import org.jiuzhu.core.privacy.DataKeys;
import org.jiuzhu.core.privacy.FileCipher;
import org.jiuzhu.core.storage.FileStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * F4 with a real crash: {@code kill -9} of the product while residents upload proofs (half a megabyte each, so a
 * kill lands in the middle of writes, renames and commits). After the restarts an hour is made to pass for the stored
 * files (their times set back) and the product's own sweeper runs. Then every proof row must have its file, whole
 * (the SHA-256 it recorded), every file must have its row, and every upload answered with a 303 must have its row.
 */
final class Uploads {

    static final int UPLOADERS = 8;
    private static final int SIZE = 512 * 1024;

    private final Stage stage;
    /** SHA-256 of each acknowledged upload, with its application. */
    private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();

    Uploads(Stage stage) {
        this.stage = stage;
    }

    void killedDuringUploads(int rounds) throws Exception {
        List<Population.Resident> uploaders = new ArrayList<>(stage.drafts(UPLOADERS));
        AtomicInteger cut = new AtomicInteger();
        for (int round = 0; round < rounds; round++) {
            int acknowledgedBefore = acknowledged.size();
            AtomicBoolean going = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(UPLOADERS);
            for (Population.Resident resident : uploaders) {
                pool.submit(() -> upload(resident, going, cut));
            }
            // A cold JVM after the last kill may take seconds for its first upload: the kill comes after one is answered.
            awaitAnAcknowledgementAfter(acknowledgedBefore);
            Thread.sleep(ThreadLocalRandom.current().nextLong(300, 1500));
            stage.killApp();
            going.set(false);
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.SECONDS);
            stage.restartApp();
        }
        Path folder = Files.createDirectories(Path.of(stage.configuration.get("jiuzhu.data-dir")).resolve("proofs"));
        int partial = partials(folder);
        int swept = sweepAnHourLater(folder);
        check(folder, rounds, cut.get(), partial, swept);
    }

    private void awaitAnAcknowledgementAfter(int before) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (acknowledged.size() <= before && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private void upload(Population.Resident resident, AtomicBoolean going, AtomicInteger cut) {
        while (going.get()) {
            byte[] file = pdf();
            try {
                Client.Answer answer = stage.client.postFile("/applications/" + resident.applicationId() + "/proofs",
                        resident.cookies(), Map.of("csrfToken", resident.csrfToken(), "kind", "INCOME"), "file",
                        "income.pdf", "application/pdf", file);
                if (answer.status() == 303) {
                    acknowledged.put(sha256(file), resident.applicationId());
                }
            } catch (IOException e) {
                cut.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private int sweepAnHourLater(Path folder) throws IOException {
        FileTime earlier = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.setLastModifiedTime(f, earlier);
            }
        }
        try (ApplicationContext context = Population.context(stage.configuration)) {
            return context.getBean(Proofs.class).sweep();
        }
    }

    private void check(Path folder, int rounds, int cut, int partial, int swept) throws Exception {
        Map<String, String> rows = new HashMap<>();
        Map<String, Long> kept = new HashMap<>();
        try (Connection c = stage.db.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT stored_name, sha256, application_id FROM application_proof")) {
            while (r.next()) {
                rows.put(r.getString(1), r.getString(2));
                kept.merge(r.getString(2) + "/" + r.getLong(3), 1L, Long::sum);
            }
        }
        // Read as the product reads them: decrypted, bound to the store and the name.
        FileStore store = new FileStore(folder, new FileCipher(DataKeys.fromProperties(stage.configuration)), "proofs");
        int missing = 0;
        for (Map.Entry<String, String> row : rows.entrySet()) {
            if (!sha256(content(store, row.getKey())).equals(row.getValue())) {
                missing++;
            }
        }
        int orphans;
        try (var files = Files.list(folder)) {
            orphans = (int) files.filter(f -> !rows.containsKey(f.getFileName().toString())).count();
        }
        long lost = acknowledged.entrySet().stream().filter(a -> kept.getOrDefault(a.getKey() + "/" + a.getValue(), 0L)
                != 1).count();
        stage.outcome.add("F4 kill -9 during uploads", String.format(Locale.ROOT, "%d rounds, %d uploads acknowledged, "
                        + "%d cut by the kills; the sweeper removed %d files (%d partial); %d rows without their whole "
                        + "file, %d files without a row, %d acknowledged not kept once", rounds, acknowledged.size(), cut,
                        swept, partial, missing, orphans, lost),
                "uploads acknowledged; 0, 0 and 0", !acknowledged.isEmpty() && missing == 0 && orphans == 0 && lost == 0);
    }

    private static int partials(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return (int) files.filter(f -> f.getFileName().toString().startsWith(".part-")).count();
        }
    }

    /** A small PDF header and random bytes: each upload distinct, so its SHA-256 names it. */
    private static byte[] pdf() {
        byte[] file = new byte[SIZE];
        ThreadLocalRandom.current().nextBytes(file);
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, file, 0, head.length);
        return file;
    }

    /** The file's plaintext, or nothing when it is missing or does not decrypt whole. */
    private static byte[] content(FileStore store, String storedName) {
        try (InputStream in = store.open(storedName)) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
