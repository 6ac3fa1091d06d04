package org.jiuzhu.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class IdNumberTest {

    private static final Clock NEW_YEAR_2025 =
            Clock.fixed(Instant.parse("2025-01-01T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void computes_x_as_check_character_for_the_standard_example() {
        assertThat(IdNumber.withCheckDigit("11010519491231002")).isEqualTo("11010519491231002X");
    }

    @Test
    void accepts_a_valid_number_and_reads_birth_date_and_sex() {
        IdNumber id = IdNumber.parse("11010519491231002X");

        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.isMale()).isFalse();
    }

    @Test
    void accepts_a_generated_number_of_a_man() {
        String valid = IdNumber.withCheckDigit("44030419900307001");

        IdNumber id = IdNumber.parse(valid);

        assertThat(id.value()).isEqualTo(valid);
        assertThat(id.isMale()).isTrue();
    }

    @Test
    void accepts_the_fictional_demo_province() {
        assertThat(IdNumber.parse(IdNumber.withCheckDigit("99010120000101001")).value())
                .startsWith("99");
    }

    @Test
    void normalizes_a_lowercase_x_and_surrounding_spaces() {
        assertThat(IdNumber.parse("  11010519491231002x ").value()).isEqualTo("11010519491231002X");
    }

    @Test
    void rejects_an_id_number_with_a_wrong_check_digit() {
        assertProblem("110105194912310021", IdNumberProblem.CHECK_DIGIT);
    }

    @Test
    void rejects_an_id_number_with_only_17_characters() {
        assertProblem("11010519491231002", IdNumberProblem.LENGTH);
    }

    @Test
    void rejects_an_id_number_containing_letters() {
        assertProblem("1101051949123100AX", IdNumberProblem.CHARACTERS);
    }

    @Test
    void rejects_an_empty_id_number() {
        assertProblem("   ", IdNumberProblem.EMPTY);
        assertProblem(null, IdNumberProblem.EMPTY);
    }

    @Test
    void rejects_an_id_number_from_an_unknown_province() {
        assertProblem(IdNumber.withCheckDigit("00010519491231002"), IdNumberProblem.REGION);
        assertProblem(IdNumber.withCheckDigit("20010519491231002"), IdNumberProblem.REGION);
    }

    @Test
    void rejects_february_the_thirtieth() {
        assertProblem(IdNumber.withCheckDigit("11010520000230002"), IdNumberProblem.BIRTH_DATE);
    }

    @Test
    void rejects_a_birth_date_in_the_future() {
        String tomorrow = IdNumber.withCheckDigit("11010520250102002");

        assertThatThrownBy(() -> IdNumber.parse(tomorrow, NEW_YEAR_2025))
                .isInstanceOfSatisfying(InvalidIdNumber.class,
                        e -> assertThat(e.problem()).isEqualTo(IdNumberProblem.BIRTH_DATE));
        assertThat(IdNumber.parse(IdNumber.withCheckDigit("11010520250101002"), NEW_YEAR_2025))
                .isNotNull();
    }

    @Test
    void rejects_a_birth_date_before_1900() {
        assertProblem(IdNumber.withCheckDigit("11010518991231002"), IdNumberProblem.BIRTH_DATE);
    }

    @Test
    void keeps_the_full_number_out_of_to_string_and_error_messages() {
        assertThat(IdNumber.parse("11010519491231002X")).hasToString("110***********002X");
        assertThatThrownBy(() -> IdNumber.parse("110105194912310021"))
                .message().doesNotContain("110105194912310021");
    }

    @Test
    void refuses_to_complete_anything_but_17_digits() {
        assertThatThrownBy(() -> IdNumber.withCheckDigit("1101051949123100"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertProblem(String raw, IdNumberProblem expected) {
        assertThatThrownBy(() -> IdNumber.parse(raw))
                .isInstanceOfSatisfying(InvalidIdNumber.class,
                        e -> assertThat(e.problem()).isEqualTo(expected));
    }
}
