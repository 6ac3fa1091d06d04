package org.jiuzhu.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.core.privacy.FieldCipherTest.bytes;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BlindIndexTest {

    private final BlindIndex index = blindIndex(bytes(32, 7));

    @Test
    void gives_the_same_index_for_the_same_value() {
        assertThat(index.of("13812341234", "account.phone"))
                .isEqualTo(index.of("13812341234", "account.phone"));
    }

    @Test
    void gives_different_indexes_in_different_contexts() {
        assertThat(index.of("13812341234", "account.phone"))
                .isNotEqualTo(index.of("13812341234", "contact.phone"));
    }

    @Test
    void gives_different_indexes_under_a_different_key() {
        assertThat(index.of("13812341234", "account.phone"))
                .isNotEqualTo(blindIndex(bytes(32, 8)).of("13812341234", "account.phone"));
    }

    @Test
    void produces_32_bytes() {
        assertThat(index.of("11010519491231002X", "account.id_number")).hasSize(32);
    }

    private static BlindIndex blindIndex(byte[] key) {
        return new BlindIndex(new DataKeys(Map.of(1, bytes(16, 1)), 1, key));
    }
}
