package org.jiuzhu.core.privacy;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * An 18-character mainland resident ID number (GB 11643-1999).
 *
 * <p>{@link #toString()} is masked so that the number cannot leak into logs by accident;
 * use {@link #value()} where the full number is really needed.
 */
public final class IdNumber {

    private static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    // 99 is not a real province: the product uses it for the fictional demo province.
    private static final Set<Integer> PROVINCES = Set.of(
            11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
            41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65,
            71, 81, 82, 91, 99);
    private static final Masking MASKING = new Masking();

    private final String value;
    private final LocalDate birthDate;

    private IdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    public static IdNumber parse(String raw) {
        return parse(raw, Clock.systemDefaultZone());
    }

    public static IdNumber parse(String raw, Clock clock) {
        String candidate = normalize(raw);
        checkShape(candidate);
        if (!PROVINCES.contains(Integer.parseInt(candidate.substring(0, 2)))) {
            throw new InvalidIdNumber(IdNumberProblem.REGION);
        }
        LocalDate birthDate = birthDate(candidate, clock);
        if (candidate.charAt(17) != checkChar(candidate.substring(0, 17))) {
            throw new InvalidIdNumber(IdNumberProblem.CHECK_DIGIT);
        }
        return new IdNumber(candidate, birthDate);
    }

    /** Completes 17 digits with their check character; used for test and demo data. */
    public static String withCheckDigit(String first17) {
        if (first17 == null || first17.length() != 17 || !allDigits(first17, 17)) {
            throw new IllegalArgumentException("exactly 17 digits are required");
        }
        return first17 + checkChar(first17);
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public boolean isMale() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return MASKING.idNumber(value);
    }

    private static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidIdNumber(IdNumberProblem.EMPTY);
        }
        return raw.strip().replace('x', 'X');
    }

    private static void checkShape(String candidate) {
        if (candidate.length() != LENGTH) {
            throw new InvalidIdNumber(IdNumberProblem.LENGTH);
        }
        char last = candidate.charAt(17);
        if (!allDigits(candidate, 17) || !(isAsciiDigit(last) || last == 'X')) {
            throw new InvalidIdNumber(IdNumberProblem.CHARACTERS);
        }
    }

    private static LocalDate birthDate(String candidate, Clock clock) {
        try {
            LocalDate date = LocalDate.of(
                    Integer.parseInt(candidate.substring(6, 10)),
                    Integer.parseInt(candidate.substring(10, 12)),
                    Integer.parseInt(candidate.substring(12, 14)));
            if (date.isBefore(EARLIEST_BIRTH) || date.isAfter(LocalDate.now(clock))) {
                throw new InvalidIdNumber(IdNumberProblem.BIRTH_DATE);
            }
            return date;
        } catch (DateTimeException e) {
            throw new InvalidIdNumber(IdNumberProblem.BIRTH_DATE);
        }
    }

    private static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    // Character.isDigit would accept full-width and other non-ASCII digits.
    private static boolean allDigits(String text, int count) {
        for (int i = 0; i < count; i++) {
            if (!isAsciiDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
