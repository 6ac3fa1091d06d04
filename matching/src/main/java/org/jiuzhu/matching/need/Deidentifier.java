package org.jiuzhu.matching.need;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * Removes what identifies a person from a text charities will read: ID numbers, phone and other long numbers,
 * e-mail addresses, and the household's own names (full names and given names). The resident sees the result
 * before consenting, so anything this misses can still be edited out.
 */
public final class Deidentifier {

    public static final String REMOVED = "[已隐去]";
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])|(?<![0-9])[0-9]{15}(?![0-9])");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<![0-9])(?:\\+?86[- ]?)?1[3-9][0-9][- ]?[0-9]{4}[- ]?[0-9]{4}(?![0-9])");
    private static final Pattern LANDLINE = Pattern.compile("(?<![0-9])0[0-9]{2,3}[- ]?[0-9]{7,8}(?![0-9])");
    // Bank cards, house numbers long enough to identify, anything numeric of seven digits or more.
    private static final Pattern LONG_NUMBER = Pattern.compile("[0-9][0-9 -]{5,}[0-9]");

    private Deidentifier() {
    }

    /** {@code names}: full names of the household's members, as written on their ID cards. */
    public static String clean(String text, Collection<String> names) {
        String cleaned = text == null ? "" : text.strip();
        cleaned = ID_NUMBER.matcher(cleaned).replaceAll(REMOVED);
        cleaned = EMAIL.matcher(cleaned).replaceAll(REMOVED);
        cleaned = PHONE.matcher(cleaned).replaceAll(REMOVED);
        cleaned = LANDLINE.matcher(cleaned).replaceAll(REMOVED);
        cleaned = LONG_NUMBER.matcher(cleaned).replaceAll(m -> m.group().replaceAll("[^0-9]", "").length() >= 7
                ? REMOVED : m.group());
        for (String name : names.stream().filter(n -> n != null && !n.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            cleaned = cleaned.replace(name.strip(), "某某");
            String given = givenName(name.strip());
            if (given.length() >= 2) {
                cleaned = cleaned.replace(given, "某某");
            }
        }
        return cleaned;
    }

    // Chinese names put the one-character surname first; compound surnames are rare enough that the full name covers them.
    private static String givenName(String name) {
        return name.codePointCount(0, name.length()) >= 3 && !name.contains("·") ? name.substring(name.offsetByCodePoints(0, 1)) : "";
    }
}
