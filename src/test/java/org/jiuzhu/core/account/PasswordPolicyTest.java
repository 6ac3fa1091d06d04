package org.jiuzhu.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final boolean RESIDENT = false;
    private static final boolean STAFF = true;

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void requires_8_characters_for_residents() {
        assertThat(policy.minimumLength(RESIDENT)).isEqualTo(8);
        assertThat(policy.check("k7#Rvq2".toCharArray(), RESIDENT))
                .contains(PasswordProblem.TOO_SHORT);
        assertThat(policy.check("k7#Rvq2m".toCharArray(), RESIDENT)).isEmpty();
    }

    @Test
    void requires_12_characters_for_staff() {
        assertThat(policy.minimumLength(STAFF)).isEqualTo(12);
        assertThat(policy.check("k7#Rvq2m9Lp".toCharArray(), STAFF))
                .contains(PasswordProblem.TOO_SHORT);
        assertThat(policy.check("k7#Rvq2m9Lpw".toCharArray(), STAFF)).isEmpty();
    }

    @Test
    void counts_chinese_characters_as_one_each() {
        assertThat(policy.check("春眠不觉晓处处".toCharArray(), RESIDENT))
                .contains(PasswordProblem.TOO_SHORT);
        assertThat(policy.check("春眠不觉晓处处闻".toCharArray(), RESIDENT)).isEmpty();
    }

    @Test
    void rejects_passwords_longer_than_128_characters() {
        assertThat(policy.check("k7#Rvq2m".repeat(16).toCharArray(), RESIDENT)).isEmpty();
        assertThat(policy.check(("k7#Rvq2m".repeat(16) + "x").toCharArray(), RESIDENT))
                .contains(PasswordProblem.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"woaini1314", "Password1", "PASSWORD1", "qwertyuiop", "5201314520",
            "iloveyou1314", "147258369"})
    void rejects_common_passwords_in_any_case(String password) {
        assertThat(policy.check(password.toCharArray(), RESIDENT)).contains(PasswordProblem.COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "23456789", "87654321", "abcdefgh", "ZYXWVUTSR", "kkkkkkkk",
            "啊啊啊啊啊啊啊啊"})
    void rejects_sequences_and_repetitions(String password) {
        assertThat(policy.check(password.toCharArray(), RESIDENT)).contains(PasswordProblem.COMMON);
    }

    @Test
    void rejects_passwords_containing_personal_data_in_any_case() {
        assertThat(policy.check("me13812341234!".toCharArray(), RESIDENT, "13812341234"))
                .contains(PasswordProblem.CONTAINS_PERSONAL_DATA);
        assertThat(policy.check("x19491231002X".toCharArray(), RESIDENT, "1231002x"))
                .contains(PasswordProblem.CONTAINS_PERSONAL_DATA);
        assertThat(policy.check("Zhang-Wei-Home".toCharArray(), RESIDENT, "zhangwei", "zhang-wei"))
                .contains(PasswordProblem.CONTAINS_PERSONAL_DATA);
    }

    @Test
    void ignores_personal_values_too_short_to_matter() {
        assertThat(policy.check("li-at-the-lake".toCharArray(), RESIDENT, "li", null, "lake"))
                .isEmpty();
    }

    @Test
    void ships_a_list_of_at_least_400_common_passwords() {
        assertThat(CommonPasswords.load().size()).isGreaterThanOrEqualTo(400);
    }
}
