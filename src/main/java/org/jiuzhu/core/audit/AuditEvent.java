package org.jiuzhu.core.audit;

/**
 * What happened. {@code actorId} is null for anonymous actions; {@code detail} must never contain personal
 * data (say "viewed full ID number", never the number).
 */
public record AuditEvent(Long actorId, String actorRole, String action, String recordType, String recordId,
                         AuditResult result, String ip, String detail) {

    public static AuditEvent of(Long actorId, String actorRole, String action, AuditResult result, String ip) {
        return new AuditEvent(actorId, actorRole, action, null, null, result, ip, null);
    }

    public AuditEvent about(String type, Object id) {
        return new AuditEvent(actorId, actorRole, action, type, id == null ? null : id.toString(), result, ip, detail);
    }

    public AuditEvent saying(String text) {
        return new AuditEvent(actorId, actorRole, action, recordType, recordId, result, ip, text);
    }
}
