package org.jiuzhu.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812341234", "138 1234 1234", "138-1234-1234", "+86 138 1234 1234",
            "8613812341234", " 13812341234 "})
    void accepts_common_ways_of_writing_a_mobile_number(String raw) {
        assertThat(PhoneNumber.parse(raw).value()).isEqualTo("13812341234");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1381234123", "138123412345", "12812341234", "23812341234",
            "1381234123a", "010-12345678", "+1 138 1234 1234", "１３８１２３４１２３４"})
    void rejects_text_that_is_not_a_mainland_mobile_number(String raw) {
        assertThatThrownBy(() -> PhoneNumber.parse(raw)).isInstanceOf(InvalidPhoneNumber.class);
    }

    @Test
    void rejects_a_missing_number() {
        assertThatThrownBy(() -> PhoneNumber.parse(null)).isInstanceOf(InvalidPhoneNumber.class);
    }

    @Test
    void masks_the_number_in_to_string() {
        assertThat(PhoneNumber.parse("13812341234")).hasToString("138****1234");
    }

    @Test
    void treats_numbers_with_the_same_digits_as_equal() {
        assertThat(PhoneNumber.parse("+86 138-1234-1234"))
                .isEqualTo(PhoneNumber.parse("13812341234"));
    }
}
