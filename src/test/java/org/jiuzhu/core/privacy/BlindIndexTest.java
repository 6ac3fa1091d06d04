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

    @Test
    void is_the_keyed_hmac_sm3_of_context_and_value_on_every_thread() {
        byte[] key = bytes(32, 7);
        java.util.List<String> values = java.util.stream.IntStream.range(0, 5_000)
                .mapToObj(i -> String.format("110105194912%06d", i)).toList();

        java.util.List<byte[]> indexes = values.parallelStream().map(v -> index.of(v, "person.id_number")).toList();

        for (int i = 0; i < values.size(); i++) {
            assertThat(indexes.get(i)).isEqualTo(reference(key, "person.id_number\u0000" + values.get(i)));
        }
    }

    private static byte[] reference(byte[] key, String input) {
        org.bouncycastle.crypto.macs.HMac mac = new org.bouncycastle.crypto.macs.HMac(
                new org.bouncycastle.crypto.digests.SM3Digest());
        mac.init(new org.bouncycastle.crypto.params.KeyParameter(key));
        byte[] bytes = input.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        mac.update(bytes, 0, bytes.length);
        byte[] out = new byte[32];
        mac.doFinal(out, 0);
        return out;
    }

    private static BlindIndex blindIndex(byte[] key) {
        return new BlindIndex(new DataKeys(Map.of(1, bytes(16, 1)), 1, key));
    }
}
