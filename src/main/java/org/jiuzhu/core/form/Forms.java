package org.jiuzhu.core.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Turning bound form fields, which are null when absent, into what services take. */
public final class Forms {

    private static final BigDecimal LIMIT = new BigDecimal("1000000000");

    private Forms() {
    }

    public static String text(String value) {
        return value == null ? "" : value;
    }

    public static char[] chars(String value) {
        return value == null ? new char[0] : value.toCharArray();
    }

    /** A decimal amount typed in a form (commas and spaces allowed); null with a field error when unreadable. */
    public static BigDecimal decimal(String value, String field, FieldErrors errors) {
        try {
            BigDecimal number = new BigDecimal(text(value).replace(",", "").replace("，", "").strip());
            if (number.scale() > 2 || number.abs().compareTo(LIMIT) > 0) {
                throw new NumberFormatException("too precise or too large");
            }
            return number;
        } catch (NumberFormatException e) {
            errors.add(field, "core.form.error.number");
            return null;
        }
    }

    /** A whole number typed in a form; 0 with a field error when unreadable. */
    public static int integer(String value, String field, FieldErrors errors) {
        try {
            return Integer.parseInt(text(value).strip());
        } catch (NumberFormatException e) {
            errors.add(field, "core.form.error.integer");
            return 0;
        }
    }

    /** A date typed as yyyy-mm-dd (what a date input sends); null with a field error when unreadable. */
    public static LocalDate date(String value, String field, FieldErrors errors) {
        try {
            return LocalDate.parse(text(value).strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "core.form.error.date");
            return null;
        }
    }
}
