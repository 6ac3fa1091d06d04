package org.jiuzhu.core.complaint;

import java.util.Locale;

/**
 * The 12345 stages: received (受理), dispatched (派单) and waiting for the office to sign, handling (签收 then 办理),
 * replied (答复) and waiting for the follow-up (回访), closed (办结). A returned complaint goes back to RECEIVED.
 */
public enum ComplaintStatus {
    RECEIVED, DISPATCHED, HANDLING, REPLIED, CLOSED;

    public boolean open() {
        return this != CLOSED;
    }

    public String messageKey() {
        return "core.complaint.status." + name().toLowerCase(Locale.ROOT);
    }
}
