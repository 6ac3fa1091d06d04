package org.jiuzhu.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileCipherTest {

    private static final int CHUNK = FileCipher.CHUNK;
    private static final int HEADER = 12;
    private static final int TAG = 16;
    private static final byte[] BLIND_KEY = FieldCipherTest.bytes(32, 3);
    private static final String CONTEXT = "proofs/0123456789abcdef0123456789abcdef";

    private final FileCipher cipher = cipherWith(Map.of(1, FieldCipherTest.bytes(16, 1)), 1);

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 1000, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 17})
    void reads_back_exactly_what_was_written_at_any_size(int size) throws IOException {
        byte[] content = random(size);

        byte[] sealed = seal(cipher, content, CONTEXT);

        assertThat(open(cipher, sealed, CONTEXT)).isEqualTo(content);
        int chunks = Math.max(1, (size + CHUNK - 1) / CHUNK);
        assertThat(sealed).hasSize(HEADER + size + chunks * TAG);
    }

    @Test
    void the_stored_bytes_hold_nothing_of_the_content() throws IOException {
        byte[] content = "身份证号 110101199003071234 手机 13800138000".repeat(5000)
                .getBytes(StandardCharsets.UTF_8);

        byte[] sealed = seal(cipher, content, CONTEXT);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1))
                .doesNotContain("110101199003071234").doesNotContain("13800138000");
        assertThat(FileCipher.sealed(sealed, sealed.length)).isTrue();
        assertThat(FileCipher.sealed("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 8)).isFalse();
    }

    @Test
    void one_changed_byte_anywhere_is_noticed() throws IOException {
        byte[] sealed = seal(cipher, random(2 * CHUNK + 5), CONTEXT);
        for (int at : new int[] {HEADER + 3, HEADER + CHUNK + TAG + 100, sealed.length - 1}) {
            byte[] changed = sealed.clone();
            changed[at] ^= 1;

            assertThatThrownBy(() -> open(cipher, changed, CONTEXT)).as("byte %d", at)
                    .isInstanceOf(IOException.class).hasMessage("stored file cannot be decrypted");
        }
    }

    @Test
    void a_file_cut_at_a_chunk_boundary_or_with_chunks_swapped_is_noticed() throws IOException {
        byte[] sealed = seal(cipher, random(3 * CHUNK), CONTEXT);
        int chunk = CHUNK + TAG;
        byte[] lastChunkDropped = Arrays.copyOf(sealed, HEADER + 2 * chunk);
        byte[] swapped = sealed.clone();
        System.arraycopy(sealed, HEADER, swapped, HEADER + chunk, chunk);
        System.arraycopy(sealed, HEADER + chunk, swapped, HEADER, chunk);

        assertThatThrownBy(() -> open(cipher, lastChunkDropped, CONTEXT)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> open(cipher, swapped, CONTEXT)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> open(cipher, Arrays.copyOf(sealed, HEADER + 5), CONTEXT))
                .isInstanceOf(IOException.class);
    }

    @Test
    void a_file_put_in_the_place_of_another_does_not_decrypt() throws IOException {
        byte[] sealed = seal(cipher, random(100), CONTEXT);

        assertThatThrownBy(() -> open(cipher, sealed, "proofs/fedcba9876543210fedcba9876543210"))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> open(cipher, sealed, "complaints/0123456789abcdef0123456789abcdef"))
                .isInstanceOf(IOException.class);
    }

    @Test
    void files_written_with_an_earlier_key_stay_readable_after_rotation_and_an_unknown_key_is_refused()
            throws IOException {
        byte[] content = random(5000);
        byte[] sealedWithKey1 = seal(cipher, content, CONTEXT);
        FileCipher rotated = cipherWith(Map.of(1, FieldCipherTest.bytes(16, 1), 2, FieldCipherTest.bytes(16, 2)), 2);
        FileCipher otherKeys = cipherWith(Map.of(2, FieldCipherTest.bytes(16, 2)), 2);

        assertThat(open(rotated, sealedWithKey1, CONTEXT)).isEqualTo(content);
        assertThat(seal(rotated, content, CONTEXT)[4]).isEqualTo((byte) 2);
        assertThatThrownBy(() -> open(otherKeys, sealedWithKey1, CONTEXT)).isInstanceOf(IOException.class);
    }

    @Test
    void the_same_content_is_stored_differently_each_time() throws IOException {
        byte[] content = random(300);

        assertThat(seal(cipher, content, CONTEXT)).isNotEqualTo(seal(cipher, content, CONTEXT));
    }

    private static byte[] seal(FileCipher cipher, byte[] content, String context) throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (OutputStream out = cipher.encrypting(sink, context)) {
            // Written in uneven pieces, as uploads arrive.
            for (int at = 0; at < content.length; at += 7001) {
                out.write(content, at, Math.min(7001, content.length - at));
            }
        }
        return sink.toByteArray();
    }

    private static byte[] open(FileCipher cipher, byte[] sealed, String context) throws IOException {
        try (InputStream in = cipher.decrypting(new ByteArrayInputStream(sealed), context)) {
            return in.readAllBytes();
        }
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static FileCipher cipherWith(Map<Integer, byte[]> dataKeys, int currentId) {
        return new FileCipher(new DataKeys(dataKeys, currentId, BLIND_KEY));
    }
}
