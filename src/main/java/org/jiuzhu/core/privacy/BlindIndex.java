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
    // An HMac resets itself to the keyed state after each result, so each thread keys one once.
    private final ThreadLocal<HMac> macs;

    public BlindIndex(DataKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.macs = ThreadLocal.withInitial(() -> {
            HMac mac = new HMac(new SM3Digest());
            mac.init(new KeyParameter(this.keys.blindIndexKey()));
            return mac;
        });
    }

    public byte[] of(String normalizedValue, String context) {
        Objects.requireNonNull(normalizedValue, "normalizedValue");
        Objects.requireNonNull(context, "context");
        HMac mac = macs.get();
        byte[] input = (context + '\u0000' + normalizedValue).getBytes(StandardCharsets.UTF_8);
        mac.update(input, 0, input.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }
}
