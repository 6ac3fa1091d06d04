/**
 * The append-only audit trail: who did what to which record, when, from where, with what result. Each entry's
 * hash is an HMAC over its content and the previous hash, so a changed, removed or inserted row breaks the chain
 * and {@link org.jiuzhu.core.audit.AuditLog#verify()} says where. Entries never hold personal data in clear.
 * Uses only the JDK and its own persistence package; every other feature may use it.
 */
package org.jiuzhu.core.audit;
