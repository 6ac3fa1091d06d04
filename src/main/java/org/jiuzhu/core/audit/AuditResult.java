package org.jiuzhu.core.audit;

public enum AuditResult {
    SUCCESS, FAILURE, DENIED
}
