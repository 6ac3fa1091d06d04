package org.jiuzhu.core.complaint;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A complaint as one reader may see it. {@code contactName} and {@code contactPhone} are masked, and empty when the
 * reader may not know who complained ({@code identityWithheld}) or nobody gave them.
 */
public record Complaint(long id, String trackingCode, Channel channel, ComplaintType type, String regionCode,
                        String regionName, String text, boolean urgent, boolean wantsReply, boolean linkedToAccount,
                        String contactName, String contactPhone, boolean identityWithheld, Instant callAt,
                        Offices.Named subject, String subjectPerson, ComplaintStatus status, Offices.Named office,
                        Instant receivedAt, Instant dispatchedAt, Instant signedAt, LocalDate dueOn, String reply,
                        Instant repliedAt, boolean reopened, Satisfaction satisfaction, Instant closedAt,
                        Boolean onTime, Instant escalatedAt, long version) {

    public boolean overdue(LocalDate today) {
        return status == ComplaintStatus.HANDLING && dueOn != null && today.isAfter(dueOn);
    }

    public boolean hasSubject() {
        return subject != null || !subjectPerson.isEmpty();
    }
}
