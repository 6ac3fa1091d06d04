package org.jiuzhu.reliability;

import org.jiuzhu.core.account.PasswordHasher;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeedingHasherTest {

    @Test
    void theProductsHasherVerifiesTheSeedingHashes() {
        String hash = new SeedingHasher().hash("Secret-2026".toCharArray());

        assertThat(hash).startsWith("$argon2id$v=19$m=8,t=1,p=1$");
        assertThat(new PasswordHasher().matches("Secret-2026".toCharArray(), hash)).isTrue();
        assertThat(new PasswordHasher().matches("Secret-2027".toCharArray(), hash)).isFalse();
    }
}
