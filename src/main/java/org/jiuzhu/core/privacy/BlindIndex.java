package org.jiuzhu.core.privacy;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Keyed blind index (HMAC-SM3) that allows exact-match lookups on encrypted fields.
 *
 * <p>Callers must normalize values first (for example via {@link IdNumber} or
 * {@link PhoneNumber}), otherwise equal values written differently get different indexes.
 * The context separates columns so that equal values in different columns are not linkable.
 */
@Singleton
public class BlindIndex {

    private final DataKeys keys;

    public BlindIndex(DataKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    public byte[] of(String normalizedValue, String context) {
        Objects.requireNonNull(normalizedValue, "normalizedValue");
        Objects.requireNonNull(context, "context");
        // HMac keeps state between calls, so each lookup gets its own instance.
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(keys.blindIndexKey()));
        byte[] input = (context + '\u0000' + normalizedValue).getBytes(StandardCharsets.UTF_8);
        mac.update(input, 0, input.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }
}
