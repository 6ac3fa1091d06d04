package org.jiuzhu.admin.exchange;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The first sheet of an XLSX list, read row by row from the zip (only the shared strings are held in memory). Numbers
 * come as their plain digits (a date cell as its day number, which {@link Cells} reads); the row count for progress
 * comes from the sheet's declared dimension, or, in a file written without one (streaming writers leave it out), from
 * counting the row elements in one pass over the sheet's XML before reading.
 */
final class XlsxFile implements ListFile {

    private static final Pattern DIMENSION = Pattern.compile("<dimension ref=\"[A-Z]+\\d+:[A-Z]+(\\d+)\"");

    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;
    private final List<String> header;
    private final int lastRow;
    private volatile int at;

    XlsxFile(Path file) throws IOException {
        this.lastRow = declaredRows(file);
        this.workbook = new ReadableWorkbook(file.toFile());
        this.rows = workbook.getFirstSheet().openStream();
        this.iterator = rows.iterator();
        List<String> first = List.of();
        while (iterator.hasNext() && first.isEmpty()) {
            Line line = line(iterator.next());
            first = line.blank() ? List.of() : line.cells();
        }
        this.header = first;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Line next() {
        while (iterator.hasNext()) {
            Line line = line(iterator.next());
            at = line.number();
            if (!line.blank()) {
                return line;
            }
        }
        return null;
    }

    @Override
    public double progress() {
        return lastRow <= 1 ? -1 : Math.min(1.0, (double) at / lastRow);
    }

    @Override
    public void close() throws IOException {
        rows.close();
        workbook.close();
    }

    private static Line line(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? "" : text(cell));
        }
        return new Line(row.getRowNum(), cells);
    }

    private static String text(Cell cell) {
        if (cell.getType() == CellType.NUMBER && cell.getValue() instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return cell.getText() == null ? "" : cell.getText();
    }

    /** The last row number the sheet declares, or the rows it has; 0 when the first sheet is not where expected. */
    private static int declaredRows(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            if (sheet == null) {
                return 0;
            }
            try (InputStream in = zip.getInputStream(sheet)) {
                Matcher m = DIMENSION.matcher(new String(in.readNBytes(4096), StandardCharsets.UTF_8));
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
            try (InputStream in = new java.io.BufferedInputStream(zip.getInputStream(sheet), 65536)) {
                return countRows(in);
            }
        }
    }

    /** Counts "<row" followed by a space or "&gt;" in the XML, byte by byte (the tag is ASCII). */
    private static int countRows(InputStream in) throws IOException {
        byte[] tag = "<row".getBytes(StandardCharsets.US_ASCII);
        int matched = 0;
        int rows = 0;
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (matched == tag.length) {
                rows += b == ' ' || b == '>' ? 1 : 0;
                matched = 0;
            }
            matched = b == tag[matched] ? matched + 1 : b == tag[0] ? 1 : 0;
        }
        return rows;
    }
}
