package org.jiuzhu.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    private final Masking masking = new Masking();

    @Test
    void keeps_the_first_three_and_last_four_characters_of_an_id_number() {
        assertThat(masking.idNumber("110105194912310021")).isEqualTo("110***********0021");
    }

    @Test
    void keeps_the_first_three_and_last_four_digits_of_a_phone_number() {
        assertThat(masking.phone("13812341234")).isEqualTo("138****1234");
    }

    @Test
    void hides_the_given_name_of_a_two_character_name() {
        assertThat(masking.name("张三")).isEqualTo("张*");
    }

    @Test
    void hides_the_middle_of_a_three_character_name() {
        assertThat(masking.name("张小三")).isEqualTo("张*三");
    }

    @Test
    void keeps_only_first_and_last_character_of_a_longer_name() {
        assertThat(masking.name("欧阳小明")).isEqualTo("欧**明");
    }

    @Test
    void counts_characters_outside_the_basic_multilingual_plane_as_one() {
        String rare = new String(Character.toChars(0x20BB7));

        assertThat(masking.name(rare + "小明")).isEqualTo(rare + "*明");
        assertThat(masking.name("张" + rare)).isEqualTo("张*");
    }

    @Test
    void returns_an_empty_text_for_missing_values() {
        assertThat(masking.name(null)).isEmpty();
        assertThat(masking.name("  ")).isEmpty();
        assertThat(masking.idNumber(null)).isEmpty();
        assertThat(masking.phone("")).isEmpty();
    }

    @Test
    void hides_values_too_short_to_keep_both_ends() {
        assertThat(masking.phone("12345")).isEqualTo("*****");
    }
}
