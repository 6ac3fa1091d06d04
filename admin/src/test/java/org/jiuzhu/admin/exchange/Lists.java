package org.jiuzhu.admin.exchange;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jiuzhu.People;
import org.jiuzhu.WebSession;
import org.jiuzhu.core.account.Department;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Department lists for tests: rows that pass every check, rows broken in one column, as CSV or XLSX. */
public final class Lists {

    public static final String VILLAGE = People.XINGFU_VILLAGE;
    /** A village outside a Pingan county department's region. */
    public static final String OTHER_VILLAGE = People.XINHUA_VILLAGE;

    private Lists() {
    }

    /** The department that hands over lists of {@code kind}. */
    public static Department owner(ListKind kind) {
        return Arrays.stream(Department.values()).filter(kind::handedOverBy).findFirst().orElseThrow();
    }

    /** A one-row list of {@code kind} uploaded through the page by {@code department}'s user, then imported. */
    public static void handOver(WebSession department, Importer importer, ListKind kind, String idNumber,
                                Map<String, String> values) {
        byte[] csv = csv(List.of(header(kind), row(kind, idNumber, values)), StandardCharsets.UTF_8);
        WebSession.Page uploaded = department.postMultipart("/admin/exchanges", Map.of("csrfToken",
                department.get("/admin/exchanges").csrfToken(), "kind", kind.name()), "list.csv", "text/csv", csv);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(303);
        importer.importWaiting();
    }

    public static List<String> header(ListKind kind) {
        return kind.columns().stream().map(Column::header).toList();
    }

    /** A row every check accepts, for a new person. */
    public static List<String> good(ListKind kind) {
        List<String> row = new ArrayList<>();
        for (Column column : kind.columns()) {
            row.add(switch (column.type()) {
                case ID_NUMBER -> People.idNumber();
                case NAME -> "张三";
                case REGION -> VILLAGE;
                case TEXT -> "某某学校";
                case DATE -> "2026-03-01";
                case AMOUNT -> "1,200.50";
                case YEAR -> "2025";
                case YES_NO -> "是";
                case CODE -> column.codes().get(0);
            });
        }
        return row;
    }

    /** A good row for this person with some columns (by key) set to the given values. */
    public static List<String> row(ListKind kind, String idNumber, java.util.Map<String, String> values) {
        List<String> row = good(kind);
        row.set(0, idNumber);
        for (int i = 0; i < kind.columns().size(); i++) {
            String value = values.get(kind.columns().get(i).key());
            if (value != null) {
                row.set(i, value);
            }
        }
        return row;
    }

    /** A good row with the kind's first own column wrong; answers the row and the reason expected. */
    public static Broken brokenOwnColumn(ListKind kind) {
        List<String> row = good(kind);
        Column column = kind.columns().get(3);
        String[] wrong = switch (column.type()) {
            case TEXT -> new String[]{"很".repeat(101), "text"};
            case DATE -> new String[]{"2099-01-01", "dateFuture"};
            case AMOUNT -> new String[]{"-5", "amount"};
            case YEAR -> new String[]{"1980", "year"};
            case YES_NO -> new String[]{"也许", "yesNo"};
            case CODE -> new String[]{"其他", "code"};
            default -> throw new IllegalStateException("no own column of type " + column.type());
        };
        row.set(3, wrong[0]);
        return new Broken(row, column.key(), wrong[1]);
    }

    /** A row and the column and reason its refusal must name. */
    public record Broken(List<String> row, String field, String reason) {
    }

    public static byte[] csv(List<List<String>> rows, Charset charset) {
        return rows.stream().map(r -> r.stream().map(Lists::quoted).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n")).getBytes(charset);
    }

    public static byte[] xlsx(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("名单");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.value(r, c, rows.get(r).get(c));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
