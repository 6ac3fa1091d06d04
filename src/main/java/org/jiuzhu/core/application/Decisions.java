package org.jiuzhu.core.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.application.persistence.ApplicationStore;
import org.jiuzhu.core.application.persistence.DecisionStore;
import org.jiuzhu.core.application.persistence.VerificationStore;
import org.jiuzhu.core.chain.AssistanceChain;
import org.jiuzhu.core.chain.ChainKind;
import org.jiuzhu.core.eligibility.Assessment;
import org.jiuzhu.core.eligibility.Category;
import org.jiuzhu.core.form.FieldErrors;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The county's decision (审核确认), by an approver of the county. Approval comes after publicity has run its days,
 * picks categories among those the rules find on the verified figures (or a case conference's "other hardship"),
 * computes dibao as standard x members - income, records each member's medical-aid ratio and adds the approval to the
 * household's assistance chain. Refusal needs reasons and frees the members' places.
 */
@Singleton
public class Decisions {

    /** Categories whose monthly amount the county sets itself: destitute support, a case conference's decision. */
    public static final Set<Category> COUNTY_SET = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(Category.EXTREME_HARDSHIP, Category.OTHER_HARDSHIP));
    private static final int MAX_REASONS = 1000;

    private final Stages stages;
    private final ApplicationStore store;
    private final DecisionStore decisions;
    private final VerificationStore verification;
    private final Applications applications;
    private final Proposals proposals;
    private final Publicity publicity;
    private final DecisionFigures figures;
    private final AssistanceChain chain;
    private final Clock clock;

    Decisions(Stages stages, ApplicationStore store, DecisionStore decisions, VerificationStore verification,
              Applications applications, Proposals proposals, Publicity publicity, DecisionFigures figures,
              AssistanceChain chain, Clock clock) {
        this.stages = stages;
        this.store = store;
        this.decisions = decisions;
        this.verification = verification;
        this.applications = applications;
        this.proposals = proposals;
        this.publicity = publicity;
        this.figures = figures;
        this.chain = chain;
        this.clock = clock;
    }

    public boolean decides(Actor actor) {
        return actor.is(Role.APPROVER);
    }

    /** The categories approved, a monthly support amount where the county sets one, and the note to the resident. */
    public record Approval(Set<Category> categories, BigDecimal supportAmount, String note) {
    }

    @Transactional
    public FieldErrors approve(Actor approver, long id, long seenVersion, Approval approval, FieldErrors errors,
                               String ip) {
        ApplicationStore.Header h = stages.lock(approver, id);
        if (!decides(approver) || ApplicationStatus.valueOf(h.status()) != ApplicationStatus.PUBLICITY) {
            return errors.add("categories", "core.application.error.notNow");
        }
        Listing listing = publicity.ofApplication(id).orElseThrow();
        if (!listing.overOn(stages.today())) {
            return errors.add("categories", "core.decision.error.publicityRunning");
        }
        String note = Stages.text(approval.note());
        Application application = applications.find(approver, id).orElseThrow(ApplicationNotFound::new);
        VerifiedFigures verified = verification.result(id).orElseThrow();
        if (verified.validUntil().isBefore(stages.today())) {
            return errors.add("categories", "core.verification.error.expired");
        }
        Assessment proposal = proposals.of(application, verified).orElse(null);
        if (proposal == null) {
            return errors.add("categories", "core.fieldwork.error.noSettings");
        }
        figures.check(approval, proposal, !publicity.objections(listing).isEmpty(), note, errors);
        if (note.length() > MAX_REASONS) {
            errors.add("note", "core.decision.error.note");
        }
        if (errors.isEmpty() && h.version() != seenVersion) {
            errors.add("categories", "core.application.error.changed");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        LocalDate paymentFrom = stages.today().withDayOfMonth(1).plusMonths(1);
        Decision decision = figures.approval(application, verified, proposal, approval, note, paymentFrom,
                clock.instant());
        decisions.save(id, decision, approver.accountId());
        stages.move(approver, h, ApplicationStatus.APPROVED, note, null, ip);
        chain.add(store.members(id).get(0).idNumberBidx(), new AssistanceChain.Aid(ChainKind.APPROVAL, id,
                h.regionCode(), decision.categories().stream().map(Enum::name).toList(), decision.monthlyTotal(),
                null, note, paymentFrom), approver.accountId());
        return errors;
    }

    @Transactional
    public FieldErrors refuse(Actor approver, long id, long seenVersion, String reasons, FieldErrors errors,
                              String ip) {
        ApplicationStore.Header h = stages.lock(approver, id);
        ApplicationStatus status = ApplicationStatus.valueOf(h.status());
        if (!decides(approver) || !status.mayBecome(ApplicationStatus.REFUSED)) {
            return errors.add("reasons", "core.application.error.notNow");
        }
        String text = Stages.text(reasons);
        if (text.isEmpty() || text.length() > MAX_REASONS) {
            errors.add("reasons", "core.decision.error.reasons");
        }
        if (errors.isEmpty() && h.version() != seenVersion) {
            errors.add("reasons", "core.application.error.changed");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        decisions.save(id, new Decision(false, List.of(), null, null, null, null, null, null, text, null,
                clock.instant(), List.of()), approver.accountId());
        store.releasePlaces(id);
        stages.move(approver, h, ApplicationStatus.REFUSED, text, null, ip);
        return errors;
    }
}
