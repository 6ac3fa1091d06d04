package org.jiuzhu.core.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.application.persistence.DecisionStore;
import org.jiuzhu.core.application.persistence.FieldworkStore;
import org.jiuzhu.core.application.persistence.FollowUpStore;
import org.jiuzhu.core.application.persistence.VerificationStore;

import java.util.List;

/**
 * Reads what was recorded after acceptance, for whoever may read the application. Objections are for staff only:
 * the resident never learns who objected or what they said.
 */
@Singleton
public class CaseFiles {

    private final Applications applications;
    private final VerificationStore verification;
    private final FieldworkStore fieldwork;
    private final Publicity publicity;
    private final DecisionStore decisions;
    private final FollowUpStore followUps;

    CaseFiles(Applications applications, VerificationStore verification, FieldworkStore fieldwork,
              Publicity publicity, DecisionStore decisions, FollowUpStore followUps) {
        this.followUps = followUps;
        this.applications = applications;
        this.verification = verification;
        this.fieldwork = fieldwork;
        this.publicity = publicity;
        this.decisions = decisions;
    }

    @Transactional(readOnly = true)
    public CaseFile of(Actor actor, long id) {
        if (!applications.readable(actor, id)) {
            throw new ApplicationNotFound();
        }
        Listing listing = publicity.ofApplication(id).orElse(null);
        List<Objection> objections = listing == null || actor.is(Role.RESIDENT, Role.VILLAGE_OFFICER)
                ? List.of() : publicity.objections(listing);
        return new CaseFile(verification.checks(id), verification.result(id).orElse(null),
                fieldwork.visit(id).orElse(null), fieldwork.latestAppraisal(id).orElse(null), listing, objections,
                decisions.find(id).orElse(null), followUps.reviews(id), followUps.changes(id));
    }
}
