package org.jiuzhu.matching.pairing;

import java.util.Locale;

/**
 * A pairing's way: PROPOSED by a charity; ACCEPTED (contact released, a place taken) or DECLINED by the resident
 * or their village officer; WITHDRAWN by the charity before an answer; LAPSED when the resident accepted another
 * proposal for the same need or revoked consent; CANCELLED after acceptance by either side (the place and the need
 * come back); DELIVERED when the charity recorded the aid, which enters the assistance chain.
 */
public enum PairingStatus {
    PROPOSED, ACCEPTED, DECLINED, WITHDRAWN, LAPSED, CANCELLED, DELIVERED;

    public String messageKey() {
        return "matching.pairing.status." + name().toLowerCase(Locale.ROOT);
    }
}
