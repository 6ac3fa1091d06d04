package org.jiuzhu.core.privacy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any text is either a valid ID number (18 characters whose check character, province and birth date hold, read the
 * same again) or refused with a named problem; nothing else escapes. Regression inputs run in every build; see
 * docs/RELIABILITY.md for fuzzing.
 */
class IdNumberFuzzTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    @FuzzTest(maxDuration = "5m")
    void anyTextIsAValidIdNumberOrRefusedWithAReason(FuzzedDataProvider data) {
        String raw = data.consumeRemainingAsString();
        IdNumber id;
        try {
            id = IdNumber.parse(raw, CLOCK);
        } catch (InvalidIdNumber refused) {
            assertThat(refused.problem()).isNotNull();
            return;
        }
        assertThat(id.value()).hasSize(18).matches("[0-9]{17}[0-9X]");
        assertThat(IdNumber.withCheckDigit(id.value().substring(0, 17))).isEqualTo(id.value());
        assertThat(id.birthDate()).isBeforeOrEqualTo(LocalDate.now(CLOCK));
        assertThat(IdNumber.parse(id.value(), CLOCK)).isEqualTo(id);
        assertThat(id.toString()).doesNotContain(id.value().substring(3, 14));
    }
}
