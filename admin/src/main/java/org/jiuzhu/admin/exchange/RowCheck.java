package org.jiuzhu.admin.exchange;

import org.jiuzhu.core.privacy.IdNumber;
import org.jiuzhu.core.privacy.InvalidIdNumber;
import org.jiuzhu.core.region.RegionScope;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The rules every row of a list meets, column by column: the ID number's check character, a name, a known region
 * within the uploader's own, dates that happened, amounts, years, 是/否 and the codes a column allows. A row either
 * becomes a {@link Row} or a list of problems, each a column and a reason.
 */
final class RowCheck {

    static final int MAX_TEXT = 100;
    static final int MAX_NAME = 40;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final ListKind kind;
    private final int[] positions;
    private final Predicate<String> knownRegion;
    private final RegionScope scope;
    private final LocalDate today;

    /** {@code positions}: for each of the kind's columns, its index in the file's rows (-1: not in the file). */
    RowCheck(ListKind kind, int[] positions, Predicate<String> knownRegion, RegionScope scope, LocalDate today) {
        this.kind = kind;
        this.positions = positions;
        this.knownRegion = knownRegion;
        this.scope = scope;
        this.today = today;
    }

    /** An accepted row: the person, and every other column normalized, by key. */
    record Row(int line, IdNumber idNumber, String name, String region, Map<String, String> facts) {
    }

    /** A refused column of a row. */
    record Problem(int line, String field, String reason) {
    }

    /** The row, or its problems (never both). */
    record Result(Row row, List<Problem> problems) {
    }

    Result check(int line, List<String> cells) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        IdNumber idNumber = null;
        List<Column> columns = kind.columns();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String cell = positions[i] < 0 || positions[i] >= cells.size() ? "" : clean(cells.get(positions[i]));
            if (cell.isEmpty()) {
                if (column.required()) {
                    problems.add(new Problem(line, column.key(), "missing"));
                }
                continue;
            }
            if (column.type() == Column.Type.ID_NUMBER) {
                try {
                    idNumber = IdNumber.parse(cell);
                } catch (InvalidIdNumber e) {
                    problems.add(new Problem(line, column.key(), cell.contains("E") || cell.contains("e")
                            ? "idNumberAsNumber" : "idNumber"));
                }
                continue;
            }
            Optional<String> reason = reason(column, cell);
            if (reason.isPresent()) {
                problems.add(new Problem(line, column.key(), reason.get()));
            } else {
                values.put(column.key(), normalized(column, cell));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        String name = values.remove("name");
        String region = values.remove("region");
        return new Result(new Row(line, idNumber, name, region, values), List.of());
    }

    private Optional<String> reason(Column column, String cell) {
        return switch (column.type()) {
            case NAME -> cell.codePointCount(0, cell.length()) <= MAX_NAME && cell.codePoints().allMatch(c ->
                    Character.isLetter(c) || c == '·' || c == '•' || c == ' ') ? Optional.empty() : Optional.of("name");
            case REGION -> !cell.matches("\\d{12}") || !knownRegion.test(cell) ? Optional.of("region")
                    : scope.contains(cell) ? Optional.empty() : Optional.of("regionOutside");
            case TEXT -> cell.codePointCount(0, cell.length()) <= MAX_TEXT ? Optional.empty() : Optional.of("text");
            case DATE -> dateReason(cell);
            case AMOUNT -> Cells.amount(cell).isPresent() ? Optional.empty() : Optional.of("amount");
            case YEAR -> cell.matches("\\d{4}") && Integer.parseInt(cell) >= 1990
                    && Integer.parseInt(cell) <= Year.from(today).getValue() ? Optional.empty() : Optional.of("year");
            case YES_NO -> Cells.yesNo(cell).isPresent() ? Optional.empty() : Optional.of("yesNo");
            case CODE -> column.codes().contains(cell) ? Optional.empty() : Optional.of("code");
            case ID_NUMBER -> Optional.empty();
        };
    }

    private Optional<String> dateReason(String cell) {
        Optional<LocalDate> date = Cells.date(cell);
        if (date.isEmpty() || date.get().isBefore(EARLIEST)) {
            return Optional.of("date");
        }
        return date.get().isAfter(today) ? Optional.of("dateFuture") : Optional.empty();
    }

    private static String normalized(Column column, String cell) {
        return switch (column.type()) {
            case DATE -> Cells.date(cell).orElseThrow().toString();
            case AMOUNT -> Cells.amount(cell).orElseThrow().toPlainString();
            case YES_NO -> Cells.yesNo(cell).orElseThrow();
            default -> cell;
        };
    }

    /** Trims spaces, including the full-width ones and the non-breaking ones spreadsheets leave. */
    private static String clean(String cell) {
        return cell == null ? "" : cell.replace('\u3000', ' ').replace('\u00a0', ' ').strip();
    }
}
