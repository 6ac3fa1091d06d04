package org.jiuzhu.admin.exchange;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * An uploaded list read as a stream, whatever its format: the header row first, then each row with its line number,
 * never the whole file in memory. Blank rows are skipped.
 */
interface ListFile extends Closeable {

    /** The formats read, recognised from the file's first bytes rather than its name. */
    enum Format {
        CSV, XLSX;

        /** Null for a file that is neither (an old .xls, a PDF, ...). */
        static Format of(Path file) throws IOException {
            byte[] head = new byte[8];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, head.length);
            }
            if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                return XLSX;
            }
            boolean binary = false;
            for (int i = 0; i < read; i++) {
                binary |= head[i] == 0 || (head[i] & 0xff) == 0xd0 && i == 0;
            }
            return binary ? null : CSV;
        }
    }

    /** One row: its line number in the file (the header is line 1) and its cells as text. */
    record Line(int number, List<String> cells) {

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    List<String> header();

    /** The next row that is not blank, or null after the last. */
    Line next() throws IOException;

    /** How far the reading has come, from 0 to 1, or -1 when the format does not tell. */
    double progress();

    static ListFile open(Path file, Format format) throws IOException {
        return format == Format.XLSX ? new XlsxFile(file) : new CsvFile(file);
    }

    static List<String> cells(String... values) {
        return Arrays.asList(values);
    }
}
