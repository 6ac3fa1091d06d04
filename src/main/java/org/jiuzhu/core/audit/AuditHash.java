package org.jiuzhu.core.audit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * HMAC-SHA256 over an unambiguous encoding of an entry. Keyed, so someone who can only write to the
 * database cannot recompute a consistent chain after editing it.
 */
final class AuditHash {

    private final SecretKeySpec key;

    AuditHash(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the audit key needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    String of(AuditEntry entry) {
        AuditEvent event = entry.event();
        StringBuilder text = new StringBuilder();
        append(text, Long.toString(entry.id()));
        append(text, Long.toString(ChronoUnit.MICROS.between(java.time.Instant.EPOCH, entry.occurredAt())));
        append(text, event.actorId() == null ? null : event.actorId().toString());
        append(text, event.actorRole());
        append(text, event.action());
        append(text, event.recordType());
        append(text, event.recordId());
        append(text, event.result().name());
        append(text, event.ip());
        append(text, event.detail());
        append(text, entry.previousHash());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    // Length-prefixed fields: no value can be crafted to look like two fields.
    private static void append(StringBuilder text, String value) {
        if (value == null) {
            text.append("-1:");
        } else {
            text.append(value.length()).append(':').append(value);
        }
        text.append('|');
    }
}
