package org.jiuzhu.admin.intake.web;

import java.util.List;

/**
 * The applications at the stages the office works on (or the stage chosen in the filter), oldest submission first;
 * the applicant's name masked, the current stage's deadline.
 */
public record QueuePage(String scopeName, List<StatusOption> statuses, List<Row> rows) {

    public record Row(long id, String applicantName, String villageName, String statusKey, String submittedOn,
                      long daysWaiting, String deadline, boolean overdue) {
    }

    /** {@code value} is empty for "the stages my office works on". */
    public record StatusOption(String value, String labelKey, boolean selected) {
    }
}
