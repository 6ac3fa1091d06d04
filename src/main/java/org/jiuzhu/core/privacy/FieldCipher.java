package org.jiuzhu.core.privacy;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
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
 *
 * <p>Bulk work (a department list of a million rows) encrypts millions of fields, so each thread keeps one cipher per
 * key with its key schedule and GCM tables computed once, re-initialised with a fresh nonce for every field, and its
 * own random source, so that threads do not queue for the system's.
 */
@Singleton
public class FieldCipher {

    private static final byte FORMAT_VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER_BYTES = 2 + NONCE_BYTES;
    private static final int MIN_LENGTH = HEADER_BYTES + TAG_BITS / 8;

    private final DataKeys keys;
    private final ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(FieldCipher::newRandom);
    private final ThreadLocal<Map<Integer, GCMModeCipher>> ciphers = ThreadLocal.withInitial(HashMap::new);

    public FieldCipher(DataKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    public byte[] encrypt(String plaintext, String context) {
        Objects.requireNonNull(plaintext, "plaintext");
        int keyId = keys.currentKeyId();
        byte[] nonce = new byte[NONCE_BYTES];
        random.get().nextBytes(nonce);
        GCMModeCipher gcm = cipher(true, keyId, nonce, context);
        byte[] input = plaintext.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[HEADER_BYTES + gcm.getOutputSize(input.length)];
        out[0] = FORMAT_VERSION;
        out[1] = (byte) keyId;
        System.arraycopy(nonce, 0, out, 2, NONCE_BYTES);
        try {
            int written = gcm.processBytes(input, 0, input.length, out, HEADER_BYTES);
            gcm.doFinal(out, HEADER_BYTES + written);
        } catch (InvalidCipherTextException | RuntimeException e) {
            ciphers.get().remove(keyId);
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
            ciphers.get().remove(keyId);
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
        byte[] aad = context.getBytes(StandardCharsets.UTF_8);
        Map<Integer, GCMModeCipher> own = ciphers.get();
        GCMModeCipher gcm = own.get(keyId);
        if (gcm == null) {
            gcm = GCMBlockCipher.newInstance(new SM4Engine());
            gcm.init(encrypt, new AEADParameters(new KeyParameter(keys.dataKey(keyId)), TAG_BITS, nonce, aad));
            own.put(keyId, gcm);
        } else {
            // Without a key Bouncy Castle keeps the one it has, and with it the expensive tables.
            gcm.init(encrypt, new AEADParameters(null, TAG_BITS, nonce, aad));
        }
        return gcm;
    }

    private static SecureRandom newRandom() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    // Deliberately without detail: the caller must not learn whether key, context or data is wrong.
    private static IllegalStateException undecryptable() {
        return new IllegalStateException("encrypted field cannot be decrypted");
    }
}
