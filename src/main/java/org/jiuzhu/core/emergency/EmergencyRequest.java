package org.jiuzhu.core.emergency;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An emergency request as staff of the place read it: the phone number masked (the full one only through an audited
 * reveal), the aid paid first and the notes, if any.
 */
public record EmergencyRequest(long id, String reference, String name, String maskedPhone, String regionCode,
                               String place, String whatHappened, EmergencyStatus status, Instant receivedAt,
                               String maskedIdNumber, BigDecimal aidAmount, String aidNote, Instant aidedAt,
                               String closingNote, Instant closedAt, long version) {
}
