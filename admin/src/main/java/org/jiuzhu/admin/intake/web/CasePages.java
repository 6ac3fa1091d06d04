package org.jiuzhu.admin.intake.web;

import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.application.Application;
import org.jiuzhu.core.application.ApplicationStatus;
import org.jiuzhu.core.application.CaseFile;
import org.jiuzhu.core.application.CheckSource;
import org.jiuzhu.core.application.Decisions;
import org.jiuzhu.core.application.Fieldwork;
import org.jiuzhu.core.application.PriorResults;
import org.jiuzhu.core.application.Proposals;
import org.jiuzhu.core.application.Review;
import org.jiuzhu.core.application.Reviews;
import org.jiuzhu.core.application.Verification;
import org.jiuzhu.core.application.web.CaseView;
import org.jiuzhu.core.application.web.CaseViews;
import org.jiuzhu.core.chrome.web.Formats;
import org.jiuzhu.core.eligibility.Assessment;
import org.jiuzhu.core.eligibility.Category;
import org.jiuzhu.core.eligibility.CategoryFinding;
import org.jiuzhu.core.eligibility.Income;
import org.jiuzhu.core.privacy.Masking;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Builds the stage forms of the detail page from the application, its case file and the actor's role. */
@Singleton
class CasePages {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Verification verification;
    private final Fieldwork fieldwork;
    private final Decisions decisions;
    private final Reviews reviews;
    private final Proposals proposals;
    private final PriorResults prior;
    private final Masking masking;
    private final Clock clock;

    CasePages(Verification verification, Fieldwork fieldwork, Decisions decisions, Reviews reviews,
              Proposals proposals, PriorResults prior, Masking masking, Clock clock) {
        this.prior = prior;
        this.reviews = reviews;
        this.verification = verification;
        this.fieldwork = fieldwork;
        this.decisions = decisions;
        this.proposals = proposals;
        this.masking = masking;
        this.clock = clock;
    }

    StageForms forms(Actor actor, Application a, CaseFile f) {
        ApplicationStatus status = a.status();
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        boolean verifies = verification.verifies(actor);
        boolean checking = verifies && (status == ApplicationStatus.ACCEPTED || status == ApplicationStatus.VERIFICATION);
        BigDecimal declared = a.finances().incomes().stream().map(Income::monthly).reduce(BigDecimal.ZERO, BigDecimal::add)
                .subtract(a.finances().workCosts()).max(BigDecimal.ZERO);
        return new StageForms(today.toString(), checking,
                a.members().stream().map(m -> new StageForms.MemberOption(Integer.toString(m.position()),
                        masking.name(m.name()), "core.relationship." + m.relationship().name().toLowerCase(Locale.ROOT)))
                        .toList(),
                Arrays.stream(CheckSource.values()).map(s -> new StageForms.Option(s.name(), s.messageKey())).toList(),
                verifies && status == ApplicationStatus.VERIFICATION && !f.checks().isEmpty(),
                CaseViews.money(declared), CaseViews.money(a.finances().financialAssets()),
                a.finances().nonEssentialVehicle(), a.finances().secondHome(),
                fieldwork.doesFieldwork(actor) && status == ApplicationStatus.HOME_VISIT,
                fieldwork.doesFieldwork(actor) && status == ApplicationStatus.APPRAISAL,
                decisions.decides(actor) && status == ApplicationStatus.PUBLICITY ? approve(a, f, today) : null,
                decisions.decides(actor) && status.mayBecome(ApplicationStatus.REFUSED), reviewOutcomes(actor, a, f),
                checking ? prior.verification(a).map(p -> new StageForms.PriorResult(p.applicationId(),
                        CaseViews.money(p.figures().monthlyIncome()), CaseViews.money(p.figures().financialAssets()),
                        Formats.date(p.figures().completedAt()), p.figures().validUntil().toString())).orElse(null)
                        : null);
    }

    private List<StageForms.Option> reviewOutcomes(Actor actor, Application a, CaseFile f) {
        if (!reviews.reviews(actor) || !a.status().receivingAid() || f.decision() == null) {
            return List.of();
        }
        boolean tapering = a.status() == ApplicationStatus.TAPER;
        boolean dibao = f.decision().categories().contains(Category.DIBAO);
        return Arrays.stream(Review.Outcome.values())
                .filter(o -> o == Review.Outcome.EXIT || (!tapering && (o == Review.Outcome.CONTINUE || dibao)))
                .map(o -> new StageForms.Option(o.name(), o.messageKey())).toList();
    }

    private StageForms.Approve approve(Application a, CaseFile f, LocalDate today) {
        if (f.verified() == null || f.listing() == null) {
            return null;
        }
        Assessment proposal = proposals.of(a, f.verified()).orElse(null);
        if (proposal == null) {
            return null;
        }
        Set<Category> proposed = EnumSet.noneOf(Category.class);
        proposal.categories().stream().map(CategoryFinding::category).forEach(proposed::add);
        List<StageForms.CategoryOption> options = Arrays.stream(Category.values())
                .filter(c -> proposed.contains(c) || c == Category.OTHER_HARDSHIP)
                .map(c -> new StageForms.CategoryOption(c.name(), c.messageKey(), proposed.contains(c),
                        proposed.contains(c) && !Decisions.COUNTY_SET.contains(c))).toList();
        CaseView.Arithmetic arithmetic = proposal.estimatedMonthlyDibao() == null ? null
                : new CaseView.Arithmetic(CaseViews.money(proposal.dibaoStandard()), a.members().size(),
                CaseViews.money(f.verified().monthlyIncome()), CaseViews.money(proposal.estimatedMonthlyDibao()));
        return new StageForms.Approve(f.listing().overOn(today), f.listing().endsOn().toString(),
                f.objections().size(), options, arithmetic, proposal.settingsVersion());
    }
}
