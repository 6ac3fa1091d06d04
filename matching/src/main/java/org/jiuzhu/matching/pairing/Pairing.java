package org.jiuzhu.matching.pairing;

import org.jiuzhu.matching.offer.DayPart;

import java.time.Instant;

/**
 * One offer linked to one need. {@code slotWeekday} and {@code slotPart} name the volunteer slot proposed (null for
 * projects); {@code onBehalf} is true when a village officer answered for the resident; {@code delivery} is null
 * until delivered. The released contact details are never part of this record.
 */
public record Pairing(long id, long offerId, long needId, long organizationId, String regionCode, Integer slotWeekday,
                      DayPart slotPart, String message, PairingStatus status, Instant proposedAt, Instant answeredAt,
                      boolean onBehalf, String answerNote, Delivery delivery, Instant closedAt, long version) {
}
