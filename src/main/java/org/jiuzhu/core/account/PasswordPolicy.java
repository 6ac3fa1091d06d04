package org.jiuzhu.core.account;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;

/**
 * Rules for new passwords, following NIST SP 800-63B: length and a block list of common or
 * guessable passwords instead of composition rules. Staff accounts reach personal data of many
 * residents and therefore need longer passwords.
 */
@Singleton
public class PasswordPolicy {

    private static final int RESIDENT_MINIMUM = 8;
    private static final int STAFF_MINIMUM = 12;
    private static final int MAXIMUM = 128;
    // Shorter personal values would reject too many harmless passwords by coincidence.
    private static final int MIN_PERSONAL_VALUE_LENGTH = 6;

    private final CommonPasswords commonPasswords = CommonPasswords.load();

    public int minimumLength(boolean staff) {
        return staff ? STAFF_MINIMUM : RESIDENT_MINIMUM;
    }

    public int maximumLength() {
        return MAXIMUM;
    }

    public Optional<PasswordProblem> check(
            char[] password, boolean staff, String... personalValues) {
        int length = password == null ? 0 : Character.codePointCount(password, 0, password.length);
        if (length < minimumLength(staff)) {
            return Optional.of(PasswordProblem.TOO_SHORT);
        }
        if (length > MAXIMUM) {
            return Optional.of(PasswordProblem.TOO_LONG);
        }
        String lower = new String(password).toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower) || isRepetition(lower) || isSequence(lower)) {
            return Optional.of(PasswordProblem.COMMON);
        }
        if (containsPersonalValue(lower, personalValues)) {
            return Optional.of(PasswordProblem.CONTAINS_PERSONAL_DATA);
        }
        return Optional.empty();
    }

    private static boolean isRepetition(String password) {
        return password.codePoints().distinct().count() == 1;
    }

    /** Ascending or descending runs such as "12345678", "87654321" or "abcdefgh". */
    private static boolean isSequence(String password) {
        int[] points = password.codePoints().toArray();
        if (points.length < 2 || !allDigits(points) && !allLetters(points)) {
            return false;
        }
        int step = points[1] - points[0];
        if (step != 1 && step != -1) {
            return false;
        }
        for (int i = 2; i < points.length; i++) {
            if (points[i] - points[i - 1] != step) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(int[] points) {
        for (int point : points) {
            if (point < '0' || point > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean allLetters(int[] points) {
        for (int point : points) {
            if (point < 'a' || point > 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean containsPersonalValue(String lowerPassword, String... personalValues) {
        if (personalValues == null) {
            return false;
        }
        for (String value : personalValues) {
            if (value != null && value.strip().length() >= MIN_PERSONAL_VALUE_LENGTH
                    && lowerPassword.contains(value.strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
