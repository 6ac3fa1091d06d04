package org.jiuzhu.admin.exchange;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes uploaded as a list are recognised as CSV, XLSX or neither, and read row by row to the end, or refused with
 * an exception the importer turns into "the file cannot be read". What may not happen: an Error (memory, stack), a
 * hang, or line numbers that go backwards.
 */
class ListFileFuzzTest {

    private static final int MAX_LINES = 10_000;

    @FuzzTest(maxDuration = "5m")
    void anyBytesAreReadToTheEndOrRefused(FuzzedDataProvider data) throws IOException {
        Path file = Files.createTempFile("list-fuzz", ".bin");
        try {
            Files.write(file, data.consumeRemainingAsBytes());
            ListFile.Format format = ListFile.Format.of(file);
            if (format == null) {
                return;
            }
            read(file, format);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void read(Path file, ListFile.Format format) {
        try (ListFile list = ListFile.open(file, format)) {
            assertThat(list.header()).isNotNull();
            int previous = 1;
            ListFile.Line line = list.next();
            for (int read = 0; line != null && read < MAX_LINES; read++, line = list.next()) {
                assertThat(line.number()).isGreaterThan(previous);
                assertThat(line.cells()).isNotNull();
                previous = line.number();
            }
        } catch (IOException | UncheckedIOException refused) {
            // The importer reports "unreadable" for these, as for the runtime exceptions below.
        } catch (AssertionError failed) {
            throw failed;
        } catch (RuntimeException refused) {
            assertThat(refused).isNotInstanceOf(NullPointerException.class)
                    .isNotInstanceOf(ArrayIndexOutOfBoundsException.class);
        }
    }
}
