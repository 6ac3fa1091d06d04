package org.jiuzhu.core.monitoring;

import org.jiuzhu.core.account.Department;

import java.time.Instant;
import java.util.List;

/** A warning as staff read it: the person masked, the reasons in words to be resolved against the messages. */
public record Warning(long id, String ruleId, WarningKind kind, Level level, Department department, String regionCode,
                      String maskedName, String maskedIdNumber, List<Reason> reasons, Long applicationId,
                      Long sourceBatch, boolean open, Outcome outcome, String outcomeNote, Instant raisedAt,
                      Instant closedAt) {
}
