package org.jiuzhu.core.monitoring;

import org.jiuzhu.core.account.Department;

import java.time.LocalDate;
import java.util.List;

/** A case conference with its agenda: each complex case, and once decided, the decision and its follow-up. */
public record Conference(long id, String regionCode, LocalDate heldOn, String place, String participants, boolean held,
                         List<Item> items) {

    /** One case on the agenda; decision fields are null until it is decided. */
    public record Item(Warning warning, String decision, String followUp, Department followUpDepartment,
                       LocalDate followUpDue, Long referralId) {

        public boolean decided() {
            return decision != null;
        }
    }
}
