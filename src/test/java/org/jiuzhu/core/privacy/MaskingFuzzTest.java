package org.jiuzhu.core.privacy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Masking never fails and never shows more than its ends: the masked text has as many characters as the value, keeps
 * at most the first three and last four of an ID or phone number (the first and last of a name), and stars the rest.
 */
class MaskingFuzzTest {

    private final Masking masking = new Masking();

    @FuzzTest(maxDuration = "5m")
    void maskingKeepsOnlyTheEnds(FuzzedDataProvider data) {
        String value = data.consumeRemainingAsString();
        check(value, masking.idNumber(value), 3, 4);
        check(value, masking.phone(value), 3, 4);
        String name = masking.name(value);
        int length = value == null || value.isBlank() ? 0 : (int) value.strip().codePoints().count();
        assertThat(name.codePoints().count()).isEqualTo(length);
        if (length >= 3) {
            assertThat(middle(name, 1, 1)).matches("\\**");
        } else if (length > 0) {
            assertThat(name).endsWith("*");
        }
    }

    private static void check(String value, String masked, int head, int tail) {
        int length = value == null || value.isBlank() ? 0 : (int) value.strip().codePoints().count();
        assertThat(masked.codePoints().count()).isEqualTo(length);
        if (length > head + tail) {
            assertThat(middle(masked, head, tail)).matches("\\*+");
        } else {
            assertThat(masked).matches("\\**");
        }
    }

    private static String middle(String text, int head, int tail) {
        int[] points = text.codePoints().toArray();
        return new String(points, head, Math.max(0, points.length - head - tail));
    }
}
