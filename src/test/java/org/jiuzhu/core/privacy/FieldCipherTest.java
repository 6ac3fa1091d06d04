package org.jiuzhu.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static final byte[] KEY_1 = bytes(16, 1);
    private static final byte[] KEY_2 = bytes(16, 2);
    private static final byte[] BLIND_KEY = bytes(32, 3);
    private static final String CONTEXT = "account.id_number";

    private final FieldCipher cipher = cipherWith(Map.of(1, KEY_1), 1);

    @Test
    void decrypts_what_it_encrypted_including_chinese_text() {
        String address = "北京市朝阳区幸福小区3号楼";

        byte[] encrypted = cipher.encrypt(address, "address.line");

        assertThat(cipher.decrypt(encrypted, "address.line")).isEqualTo(address);
    }

    @Test
    void writes_version_key_id_and_nonce_before_the_ciphertext() {
        byte[] encrypted = cipher.encrypt("abc", CONTEXT);

        assertThat(encrypted).hasSize(2 + 12 + 3 + 16);
        assertThat(encrypted[0]).isEqualTo((byte) 1);
        assertThat(encrypted[1]).isEqualTo((byte) 1);
    }

    @Test
    void encrypts_the_same_value_differently_each_time() {
        byte[] first = cipher.encrypt("张三", CONTEXT);

        assertThat(cipher.encrypt("张三", CONTEXT)).isNotEqualTo(first);
    }

    @Test
    void refuses_to_decrypt_a_value_moved_to_another_column() {
        byte[] encrypted = cipher.encrypt("11010519491231002X", CONTEXT);

        assertThatThrownBy(() -> cipher.decrypt(encrypted, "account.phone"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("encrypted field cannot be decrypted");
    }

    @Test
    void refuses_to_decrypt_tampered_data() {
        byte[] encrypted = cipher.encrypt("11010519491231002X", CONTEXT);
        encrypted[20] ^= 0x01;

        assertThatThrownBy(() -> cipher.decrypt(encrypted, CONTEXT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("encrypted field cannot be decrypted");
    }

    @Test
    void refuses_to_decrypt_with_a_different_key() {
        byte[] encrypted = cipher.encrypt("secret", CONTEXT);
        FieldCipher other = cipherWith(Map.of(1, KEY_2), 1);

        assertThatThrownBy(() -> other.decrypt(encrypted, CONTEXT))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refuses_truncated_or_unknown_input() {
        assertThatThrownBy(() -> cipher.decrypt(new byte[5], CONTEXT))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(null, CONTEXT))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void still_decrypts_old_values_after_key_rotation() {
        byte[] old = cipher.encrypt("13812341234", CONTEXT);
        FieldCipher rotated = cipherWith(Map.of(1, KEY_1, 2, KEY_2), 2);

        byte[] fresh = rotated.encrypt("13812341234", CONTEXT);

        assertThat(rotated.decrypt(old, CONTEXT)).isEqualTo("13812341234");
        assertThat(fresh[1]).isEqualTo((byte) 2);
        assertThat(rotated.decrypt(fresh, CONTEXT)).isEqualTo("13812341234");
    }

    @Test
    void refuses_a_value_whose_key_was_removed() {
        FieldCipher rotated = cipherWith(Map.of(1, KEY_1, 2, KEY_2), 2);
        byte[] fresh = rotated.encrypt("x", CONTEXT);

        assertThatThrownBy(() -> cipher.decrypt(fresh, CONTEXT))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void decrypts_again_after_a_refusal_on_the_same_thread() {
        byte[] encrypted = cipher.encrypt("11010519491231002X", CONTEXT);
        byte[] tampered = encrypted.clone();
        tampered[20] ^= 0x01;

        assertThatThrownBy(() -> cipher.decrypt(tampered, CONTEXT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(encrypted, "account.phone")).isInstanceOf(IllegalStateException.class);

        assertThat(cipher.decrypt(encrypted, CONTEXT)).isEqualTo("11010519491231002X");
        assertThat(cipher.decrypt(cipher.encrypt("王五", CONTEXT), CONTEXT)).isEqualTo("王五");
    }

    @Test
    void keeps_values_apart_when_many_threads_encrypt_and_decrypt_at_once() {
        java.util.List<String> values = java.util.stream.IntStream.range(0, 20_000)
                .mapToObj(i -> "居民" + i).toList();

        java.util.List<byte[]> encrypted = values.parallelStream().map(v -> cipher.encrypt(v, CONTEXT)).toList();
        java.util.List<String> decrypted = encrypted.parallelStream().map(e -> cipher.decrypt(e, CONTEXT)).toList();

        assertThat(decrypted).isEqualTo(values);
        assertThat(encrypted.stream().map(e -> java.util.HexFormat.of().formatHex(e, 2, 14)).distinct().count())
                .as("every nonce differs").isEqualTo(values.size());
    }

    @Test
    void two_ciphers_on_one_thread_keep_their_own_keys() {
        FieldCipher other = cipherWith(Map.of(1, KEY_2), 1);
        byte[] mine = cipher.encrypt("甲", CONTEXT);
        byte[] theirs = other.encrypt("乙", CONTEXT);

        assertThat(cipher.decrypt(mine, CONTEXT)).isEqualTo("甲");
        assertThat(other.decrypt(theirs, CONTEXT)).isEqualTo("乙");
        assertThatThrownBy(() -> cipher.decrypt(theirs, CONTEXT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void works_with_a_generated_key_set_read_back_from_properties() {
        Map<String, String> properties = DataKeys.generate(new SecureRandom());
        FieldCipher generated = new FieldCipher(DataKeys.fromProperties(properties));

        assertThat(properties).containsEntry("jiuzhu.keys.current-id", "1")
                .containsKeys("jiuzhu.keys.data.1", "jiuzhu.keys.blind-index");
        byte[] encrypted = generated.encrypt("李四", CONTEXT);
        assertThat(generated.decrypt(encrypted, CONTEXT)).isEqualTo("李四");
    }

    @Test
    void rejects_a_data_key_of_the_wrong_size_without_revealing_it() {
        Map<String, String> properties = Map.of("jiuzhu.keys.current-id", "1",
                "jiuzhu.keys.data.1", "c2hvcnQ=", "jiuzhu.keys.blind-index", "c2hvcnQ=");

        assertThatThrownBy(() -> DataKeys.fromProperties(properties))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("data key 1 must be 16 bytes");
    }

    private static FieldCipher cipherWith(Map<Integer, byte[]> dataKeys, int currentId) {
        return new FieldCipher(new DataKeys(dataKeys, currentId, BLIND_KEY));
    }

    static byte[] bytes(int length, int seed) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (seed * 31 + i);
        }
        return bytes;
    }
}
