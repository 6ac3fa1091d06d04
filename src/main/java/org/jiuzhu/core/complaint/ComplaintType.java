package org.jiuzhu.core.complaint;

import java.util.Locale;

/**
 * What a complaint is about. Help requests and policy questions are answered within 3 working days, complaints and
 * reports within 13. Reports of fraud or misused funds stay with supervisors until they dispatch them.
 */
public enum ComplaintType {
    SERVICE_ATTITUDE, DELAY, WRONG_DECISION, FRAUD, MISUSE_OF_FUNDS, POLICY_QUESTION, HELP_REQUEST, OTHER;

    public int workingDays() {
        return this == POLICY_QUESTION || this == HELP_REQUEST ? 3 : 13;
    }

    /** A report (举报) names wrongdoing; who may read it before dispatch is narrower. */
    public boolean report() {
        return this == FRAUD || this == MISUSE_OF_FUNDS;
    }

    public String messageKey() {
        return "core.complaint.type." + name().toLowerCase(Locale.ROOT);
    }
}
