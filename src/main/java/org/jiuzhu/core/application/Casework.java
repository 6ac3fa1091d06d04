package org.jiuzhu.core.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.application.persistence.ApplicationStore;
import org.jiuzhu.core.form.FieldErrors;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The queues, and the township's first decision on a submission: accept it for verification, or return it with the
 * reason the resident reads. Only caseworkers of the application's township (in the query); a transition another
 * caseworker made first is reported, not overwritten.
 */
@Singleton
public class Casework {

    private final ApplicationStore store;
    private final Applications applications;
    private final Stages stages;

    Casework(ApplicationStore store, Applications applications, Stages stages) {
        this.store = store;
        this.applications = applications;
        this.stages = stages;
    }

    public boolean decidesIntake(Actor actor) {
        return actor.is(Role.CASEWORKER);
    }

    /**
     * The applications in the actor's region at the given stages, or by default at the stages the actor's office
     * works on (township: intake to appraisal; county: publicity and decision; others: every open stage); oldest first.
     */
    @Transactional(readOnly = true)
    public List<Application> queue(Actor actor, Set<ApplicationStatus> stages) {
        Set<ApplicationStatus> shown = stages.isEmpty() ? worksOn(actor) : stages;
        return store.withStatusesInScope(shown.stream().map(Enum::name).toList(), actor.scope().likePattern())
                .stream().map(applications::toApplication).toList();
    }

    public static Set<ApplicationStatus> worksOn(Actor actor) {
        if (actor.is(Role.CASEWORKER)) {
            return EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.ACCEPTED, ApplicationStatus.VERIFICATION,
                    ApplicationStatus.HOME_VISIT, ApplicationStatus.APPRAISAL);
        }
        if (actor.is(Role.APPROVER)) {
            return EnumSet.of(ApplicationStatus.PUBLICITY);
        }
        return EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.ACCEPTED, ApplicationStatus.VERIFICATION,
                ApplicationStatus.HOME_VISIT, ApplicationStatus.APPRAISAL, ApplicationStatus.PUBLICITY,
                ApplicationStatus.APPROVED);
    }

    /** Accepts the version the caseworker saw; if the resident changed it since, they are told to look again. */
    @Transactional
    public FieldErrors accept(Actor caseworker, long id, long seenVersion, String note, String ip) {
        return move(caseworker, id, seenVersion, ApplicationStatus.ACCEPTED, note, false,
                stages.today().plusDays(Stages.VERIFICATION_DAYS), ip);
    }

    @Transactional
    public FieldErrors returnForMore(Actor caseworker, long id, long seenVersion, String reason, String ip) {
        return move(caseworker, id, seenVersion, ApplicationStatus.RETURNED, reason, true, null, ip);
    }

    private FieldErrors move(Actor caseworker, long id, long seenVersion, ApplicationStatus to, String note,
                             boolean noteRequired, LocalDate deadline, String ip) {
        ApplicationStore.Header h = stages.lock(caseworker, id);
        String text = Stages.text(note);
        FieldErrors errors = new FieldErrors();
        if (!decidesIntake(caseworker) || !ApplicationStatus.valueOf(h.status()).mayBecome(to)) {
            return errors.add("note", "core.application.error.notNow");
        }
        if ((noteRequired && text.isEmpty()) || text.length() > Stages.MAX_NOTE) {
            return errors.add("note", "core.application.error.note");
        }
        if (h.version() != seenVersion) {
            return errors.add("note", "core.application.error.changed");
        }
        stages.move(caseworker, h, to, text, deadline, ip);
        return errors;
    }
}
