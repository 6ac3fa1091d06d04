package org.jiuzhu.admin.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A CSV list in UTF-8 (with or without the byte-order mark spreadsheets write) or GB18030 (what Excel saves on a
 * Chinese Windows): the encoding is the one the first 64 KB decode in without error.
 */
final class CsvFile implements ListFile {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SNIFF = 64 * 1024;

    private final long size;
    private final Counting counted;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;

    CsvFile(Path file) throws IOException {
        this.size = Math.max(1, Files.size(file));
        Charset charset = charset(file);
        this.counted = new Counting(Files.newInputStream(file));
        InputStream in = new BufferedInputStream(counted, 64 * 1024);
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xff) == 0xef && (bom[1] & 0xff) == 0xbb && (bom[2] & 0xff) == 0xbf)) {
            in.reset();
        }
        this.parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get()
                .parse(new InputStreamReader(in, charset));
        this.records = parser.iterator();
        this.header = records.hasNext() ? values(records.next()) : List.of();
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Line next() {
        while (records.hasNext()) {
            CSVRecord record = records.next();
            Line line = new Line((int) record.getRecordNumber(), values(record));
            if (!line.blank()) {
                return line;
            }
        }
        return null;
    }

    @Override
    public double progress() {
        return Math.min(1.0, (double) counted.count / size);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static List<String> values(CSVRecord record) {
        List<String> values = new ArrayList<>(record.size());
        record.forEach(values::add);
        return values;
    }

    static Charset charset(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // Not the end of input: a character cut at the 64 KB boundary is not an error.
        CoderResult result = decoder.decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length), head.length < SNIFF);
        return result.isError() ? GB18030 : StandardCharsets.UTF_8;
    }

    /** Counts the bytes read, for progress. */
    private static final class Counting extends FilterInputStream {

        private volatile long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }
    }
}
