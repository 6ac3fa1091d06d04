package org.jiuzhu.matching.need;

/**
 * Published inside the revoking transaction: whatever holds on to the need (an open pairing, released contact
 * details) lets go in the same transaction, so revocation is never half done.
 */
public record NeedRevoked(long needId, long accountId) {
}
