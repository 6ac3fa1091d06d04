package org.jiuzhu.admin.exchange;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading the values departments type into cells: dates in the ways spreadsheets and people write them (2026-03-01,
 * 2026/3/1, 2026.3.1, 20260301, or the day number a spreadsheet keeps for a date cell), amounts with thousands
 * separators, 是 and 否. Each answers empty when the cell does not hold such a value.
 */
final class Cells {

    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("(\\d{5})(\\.0+)?");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}(,\\d{3})*(\\.\\d{1,2})?|\\d+(\\.\\d{1,2})?");
    /** Spreadsheets count days from 1899-12-30. */
    private static final LocalDate SPREADSHEET_EPOCH = LocalDate.of(1899, 12, 30);
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

    private Cells() {
    }

    static Optional<LocalDate> date(String cell) {
        try {
            Matcher m = SEPARATED.matcher(cell);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            m = COMPACT.matcher(cell);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            m = SERIAL.matcher(cell);
            if (m.matches()) {
                return Optional.of(SPREADSHEET_EPOCH.plusDays(Long.parseLong(m.group(1))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static Optional<BigDecimal> amount(String cell) {
        if (!AMOUNT.matcher(cell).matches()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(cell.replace(",", ""));
        return amount.compareTo(MAX_AMOUNT) > 0 ? Optional.empty() : Optional.of(amount);
    }

    static Optional<String> yesNo(String cell) {
        return switch (cell) {
            case "是", "Y", "y", "1" -> Optional.of("是");
            case "否", "N", "n", "0" -> Optional.of("否");
            default -> Optional.empty();
        };
    }
}
