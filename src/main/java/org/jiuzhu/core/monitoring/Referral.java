package org.jiuzhu.core.monitoring;

import org.jiuzhu.core.account.Department;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** A referral as its pages show it, with the warning it carries (the person masked). */
public record Referral(long id, long warningId, Department department, String regionCode, Status status,
                       LocalDate deadline, Instant sentAt, Instant signedAt, String returnedReason, Instant returnedAt,
                       String aidKind, BigDecimal aidAmount, LocalDate aidOn, String aidNote, Instant reportedAt,
                       Instant escalatedAt, long version, String ruleId, WarningKind kind, Level level,
                       String maskedName) {

    /** Where a referral stands. */
    public enum Status {
        SENT, SIGNED, RETURNED, DONE;

        public boolean open() {
            return this == SENT || this == SIGNED;
        }

        public String messageKey() {
            return "core.referral.status." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Still open after its deadline. */
    public boolean overdue(LocalDate today) {
        return status.open() && deadline.isBefore(today);
    }
}
