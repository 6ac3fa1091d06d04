package org.jiuzhu.admin.intake.web;

import java.util.List;

/** Submissions waiting for the township, oldest first; the applicant's name masked. */
public record QueuePage(String scopeName, List<Row> rows) {

    public record Row(long id, String applicantName, String villageName, String submittedOn, long daysWaiting,
                      String deadline, boolean overdue) {
    }
}
