package org.jiuzhu.core.privacy;

import java.util.regex.Pattern;

/**
 * A mainland China mobile phone number, stored as its 11 digits without country code.
 *
 * <p>{@link #toString()} is masked so that the number cannot leak into logs by accident.
 */
public final class PhoneNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");
    private static final Masking MASKING = new Masking();

    private final String value;

    private PhoneNumber(String value) {
        this.value = value;
    }

    public static PhoneNumber parse(String raw) {
        if (raw == null) {
            throw new InvalidPhoneNumber();
        }
        String digits = withoutCountryCode(SEPARATORS.matcher(raw).replaceAll(""));
        if (!MOBILE.matcher(digits).matches()) {
            throw new InvalidPhoneNumber();
        }
        return new PhoneNumber(digits);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return MASKING.phone(value);
    }

    private static String withoutCountryCode(String digits) {
        if (digits.startsWith("+86")) {
            return digits.substring(3);
        }
        // A bare 11-digit mobile number never starts with 86, so only 13 digits can carry it.
        if (digits.startsWith("86") && digits.length() == 13) {
            return digits.substring(2);
        }
        return digits;
    }
}
