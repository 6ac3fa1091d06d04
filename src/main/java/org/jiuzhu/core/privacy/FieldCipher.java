package org.jiuzhu.core.privacy;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Encrypts single database fields with SM4-GCM.
 *
 * <p>Layout: format version (1 byte), key id (1 byte), nonce (12 bytes), ciphertext and tag.
 * The context (for example {@code "account.id_number"}) is authenticated but not stored, so a
 * value copied into another column no longer decrypts. The Bouncy Castle lightweight API is
 * used directly so that no JCE provider has to be registered.
 */
@Singleton
public class FieldCipher {

    private static final byte FORMAT_VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER_BYTES = 2 + NONCE_BYTES;
    private static final int MIN_LENGTH = HEADER_BYTES + TAG_BITS / 8;

    private final DataKeys keys;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(DataKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    public byte[] encrypt(String plaintext, String context) {
        Objects.requireNonNull(plaintext, "plaintext");
        int keyId = keys.currentKeyId();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        GCMModeCipher gcm = cipher(true, keyId, nonce, context);
        byte[] input = plaintext.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[HEADER_BYTES + gcm.getOutputSize(input.length)];
        out[0] = FORMAT_VERSION;
        out[1] = (byte) keyId;
        System.arraycopy(nonce, 0, out, 2, NONCE_BYTES);
        int written = gcm.processBytes(input, 0, input.length, out, HEADER_BYTES);
        try {
            gcm.doFinal(out, HEADER_BYTES + written);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("field encryption failed");
        }
        return out;
    }

    public String decrypt(byte[] ciphertext, String context) {
        int keyId = readableKeyId(ciphertext);
        byte[] nonce = Arrays.copyOfRange(ciphertext, 2, HEADER_BYTES);
        GCMModeCipher gcm = cipher(false, keyId, nonce, context);
        int bodyLength = ciphertext.length - HEADER_BYTES;
        byte[] out = new byte[gcm.getOutputSize(bodyLength)];
        try {
            int written = gcm.processBytes(ciphertext, HEADER_BYTES, bodyLength, out, 0);
            written += gcm.doFinal(out, written);
            return new String(out, 0, written, StandardCharsets.UTF_8);
        } catch (InvalidCipherTextException | RuntimeException e) {
            throw undecryptable();
        }
    }

    private int readableKeyId(byte[] ciphertext) {
        if (ciphertext == null || ciphertext.length < MIN_LENGTH
                || ciphertext[0] != FORMAT_VERSION) {
            throw undecryptable();
        }
        int keyId = Byte.toUnsignedInt(ciphertext[1]);
        if (!keys.hasDataKey(keyId)) {
            throw undecryptable();
        }
        return keyId;
    }

    private GCMModeCipher cipher(boolean encrypt, int keyId, byte[] nonce, String context) {
        Objects.requireNonNull(context, "context");
        GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
        byte[] aad = context.getBytes(StandardCharsets.UTF_8);
        KeyParameter key = new KeyParameter(keys.dataKey(keyId));
        gcm.init(encrypt, new AEADParameters(key, TAG_BITS, nonce, aad));
        return gcm;
    }

    // Deliberately without detail: the caller must not learn whether key, context or data is wrong.
    private static IllegalStateException undecryptable() {
        return new IllegalStateException("encrypted field cannot be decrypted");
    }
}
