package org.jiuzhu.core.complaint;

import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.complaint.persistence.ComplaintStore;

/**
 * Who may see and handle what, so that nobody handles a complaint about themselves and nobody learns who complained
 * about them: a complaint is never dispatched to the office it names; a report of fraud or misused funds is read
 * only by supervisors until it is dispatched; and a handling office never sees who complained when the complaint
 * names an office or an official, since the official may well work there.
 */
final class ConflictOfInterest {

    private ConflictOfInterest() {
    }

    static boolean forbidsDispatch(ComplaintStore.Row row, Office target) {
        return row.subjectRegion() != null && Office.of(row.subjectRegion(), row.subjectDepartment()).equals(target);
    }

    static boolean dispatcher(Actor actor) {
        return actor.is(Role.SUPERVISOR, Role.OPERATOR);
    }

    /** Whether the actor may read the complaint at all (before any region check). */
    static boolean mayRead(Actor actor, ComplaintStore.Row row) {
        if (dispatcher(actor)) {
            return actor.is(Role.SUPERVISOR) || !hiddenReport(row);
        }
        return row.officeRegion() != null && office(row).staffedBy(actor);
    }

    static boolean hiddenReport(ComplaintStore.Row row) {
        return ComplaintType.valueOf(row.type()).report() && ComplaintStatus.valueOf(row.status())
                == ComplaintStatus.RECEIVED;
    }

    /** Dispatchers know who called; an office only when nobody in particular is complained about. */
    static boolean showsComplainant(Actor actor, ComplaintStore.Row row) {
        boolean named = row.subjectRegion() != null || row.subjectPerson() != null;
        return dispatcher(actor) || !named;
    }

    static Office office(ComplaintStore.Row row) {
        return Office.of(row.officeRegion(), row.officeDepartment());
    }
}
