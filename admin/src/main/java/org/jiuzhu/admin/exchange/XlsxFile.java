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
 * comes from the sheet's declared dimension.
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

    /** The last row number the sheet declares, or 0 when it declares none. */
    private static int declaredRows(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            if (sheet == null) {
                return 0;
            }
            try (InputStream in = zip.getInputStream(sheet)) {
                Matcher m = DIMENSION.matcher(new String(in.readNBytes(4096), StandardCharsets.UTF_8));
                return m.find() ? Integer.parseInt(m.group(1)) : 0;
            }
        }
    }
}
