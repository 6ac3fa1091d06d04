package org.jiuzhu.matching.organization;

import java.util.Locale;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character alphabet without
 * I, O, Z, S and V; characters 3 to 8 are the registering authority's division code; the last is a check character
 * over the first 17 with weights 3^i mod 31.
 */
public record CreditCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** What is wrong with a typed code, for the message beside the field. */
    public enum Problem { LENGTH, CHARACTERS, CHECK }

    public static Optional<Problem> problem(String typed) {
        String code = normalize(typed);
        if (code.length() != 18) {
            return Optional.of(Problem.LENGTH);
        }
        for (int i = 0; i < 18; i++) {
            char c = code.charAt(i);
            boolean digitsOnly = i >= 2 && i <= 7;
            if (ALPHABET.indexOf(c) < 0 || (digitsOnly && !Character.isDigit(c))) {
                return Optional.of(Problem.CHARACTERS);
            }
        }
        return code.charAt(17) == checkCharacter(code.substring(0, 17)) ? Optional.empty() : Optional.of(Problem.CHECK);
    }

    /** A valid code, or an exception; call {@link #problem} first to tell the person what is wrong. */
    public static CreditCode parse(String typed) {
        if (problem(typed).isPresent()) {
            throw new IllegalArgumentException("not a valid unified social credit code");
        }
        return new CreditCode(normalize(typed));
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    // People copy codes with spaces or in lower case from certificates and web pages.
    private static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s\\u3000-]", "").toUpperCase(Locale.ROOT);
    }
}
