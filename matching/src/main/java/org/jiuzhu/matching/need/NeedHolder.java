package org.jiuzhu.matching.need;

/**
 * Who stands behind a need, for the pairing workflow only: the resident's account (who answers proposals), the
 * household head's person index (the assistance chain's key) and the application the need came from. Never shown
 * to a charity.
 */
public record NeedHolder(long needId, long accountId, byte[] household, Long applicationId, String regionCode,
                         NeedStatus status) {
}
