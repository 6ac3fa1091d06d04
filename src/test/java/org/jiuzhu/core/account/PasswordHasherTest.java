package org.jiuzhu.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private static final String PREFIX = "$argon2id$v=19$m=19456,t=2,p=1$";

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void produces_an_argon2id_phc_string_with_the_configured_parameters() {
        String hash = hasher.hash("correct horse".toCharArray());

        assertThat(hash).startsWith(PREFIX).doesNotContain("correct");
        String[] saltAndHash = hash.substring(PREFIX.length()).split("\\$");
        assertThat(saltAndHash[0]).hasSize(22).doesNotContain("=");
        assertThat(saltAndHash[1]).hasSize(43).doesNotContain("=");
    }

    @Test
    void matches_the_right_password_only() {
        String hash = hasher.hash("长城-Great-Wall-1987".toCharArray());

        assertThat(hasher.matches("长城-Great-Wall-1987".toCharArray(), hash)).isTrue();
        assertThat(hasher.matches("长城-Great-Wall-1988".toCharArray(), hash)).isFalse();
    }

    @Test
    void uses_a_new_salt_for_every_hash() {
        assertThat(hasher.hash("same password".toCharArray()))
                .isNotEqualTo(hasher.hash("same password".toCharArray()));
    }

    @Test
    void verifies_a_hash_with_other_parameters_from_the_reference_implementation() {
        // Test vector of the Argon2 reference implementation (m=64 MiB, t=2, p=1).
        String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$"
                + "CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

        assertThat(hasher.matches("password".toCharArray(), reference)).isTrue();
        assertThat(hasher.matches("Password".toCharArray(), reference)).isFalse();
    }

    @Test
    void treats_malformed_hashes_as_not_matching() {
        char[] password = "password".toCharArray();

        assertThat(hasher.matches(password, null)).isFalse();
        assertThat(hasher.matches(password, "")).isFalse();
        assertThat(hasher.matches(password, "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
        assertThat(hasher.matches(password, "$argon2id$v=19$m=19456,t=2,p=1$!!!$???")).isFalse();
        assertThat(hasher.matches(password, "$argon2id$v=19$m=9999999,t=2,p=1$c2FsdHNhbHQ$"
                + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).isFalse();
    }

    @Test
    void never_matches_for_an_unknown_user() {
        assertThat(hasher.matchesNothing("password".toCharArray())).isFalse();
    }
}
