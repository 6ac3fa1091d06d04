package org.jiuzhu.admin.exchange;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The blank list a department fills in, per kind: a CSV with the header row (UTF-8 with the byte-order mark, so
 * Excel opens it in Chinese), or an XLSX whose first sheet has the headers with every column formatted as text (an
 * ID number typed into a number cell loses its last digits) and whose second sheet explains each column.
 */
public final class Templates {

    private static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

    private Templates() {
    }

    public static byte[] csv(ListKind kind) {
        String header = kind.columns().stream().map(Column::header).collect(Collectors.joining(",")) + "\r\n";
        byte[] text = header.getBytes(StandardCharsets.UTF_8);
        byte[] csv = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, csv, 0, BOM.length);
        System.arraycopy(text, 0, csv, BOM.length, text.length);
        return csv;
    }

    public static byte[] xlsx(ListKind kind) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Jiuzhu", "1.0");
            Worksheet list = workbook.newWorksheet("名单");
            List<Column> columns = kind.columns();
            for (int c = 0; c < columns.size(); c++) {
                list.value(0, c, columns.get(c).header());
                list.style(0, c).bold().set();
                list.style(c).format("@").set();
                list.width(c, c == 0 ? 22 : 16);
            }
            Worksheet help = workbook.newWorksheet("填写说明");
            help.value(0, 0, "列");
            help.value(0, 1, "必填");
            help.value(0, 2, "怎么填");
            for (int c = 0; c < columns.size(); c++) {
                help.value(c + 1, 0, columns.get(c).header());
                help.value(c + 1, 1, columns.get(c).required() ? "是" : "否");
                help.value(c + 1, 2, explanation(columns.get(c)));
            }
            help.width(2, 60);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String explanation(Column column) {
        return switch (column.type()) {
            case ID_NUMBER -> "18 位居民身份证号，最后一位可以是 X；请保持文本格式";
            case NAME -> "与身份证一致";
            case REGION -> "户籍所在村（社区）的 12 位区划代码，可不填";
            case TEXT -> "不超过 100 个字";
            case DATE -> "如 2026-03-01，不晚于今天";
            case AMOUNT -> "元，最多两位小数，如 1200.50";
            case YEAR -> "四位年份，如 2026";
            case YES_NO -> "填“是”或“否”";
            case CODE -> "只能填：" + String.join("、", column.codes());
        };
    }
}
