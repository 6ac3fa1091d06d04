package org.jiuzhu.admin.audit.web;

import java.util.List;

/** The latest audit entries and, after a check, whether the chain is intact. */
public record AuditPage(List<Row> rows, Verification verification) {

    public record Row(long id, String occurredAt, String actor, String action, String record, String result, String ip,
               String detail) {
    }

    public record Verification(boolean intact, long checked, Long firstBrokenId) {
    }
}
