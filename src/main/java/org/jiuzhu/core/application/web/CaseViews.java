package org.jiuzhu.core.application.web;

import jakarta.inject.Singleton;
import org.jiuzhu.core.application.Application;
import org.jiuzhu.core.application.ApplicationMember;
import org.jiuzhu.core.application.CaseFile;
import org.jiuzhu.core.application.Check;
import org.jiuzhu.core.application.Decision;
import org.jiuzhu.core.chrome.web.Formats;
import org.jiuzhu.core.eligibility.Category;
import org.jiuzhu.core.privacy.Masking;
import org.jiuzhu.core.region.Regions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/** Turns a case file into its {@link CaseView}: message keys, formatted figures, office names, masked names. */
@Singleton
public class CaseViews {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Regions regions;
    private final Masking masking;
    private final Clock clock;

    public CaseViews(Regions regions, Masking masking, Clock clock) {
        this.regions = regions;
        this.masking = masking;
        this.clock = clock;
    }

    /** Members' names are masked for everyone, as on every page that lists the household. */
    public CaseView of(Application a, CaseFile f) {
        Function<Integer, String> name = position -> a.members().stream().filter(m -> m.position() == position)
                .findFirst().map(ApplicationMember::name).map(masking::name).orElse("");
        var v = f.verified();
        var visit = f.homeVisit();
        var appraisal = f.appraisal();
        var listing = f.listing();
        return new CaseView(f.checks().stream().map(c -> check(c, name)).toList(),
                v == null ? null : new CaseView.Verified(money(v.monthlyIncome()), money(v.financialAssets()),
                        yesNo(v.nonEssentialVehicle()), yesNo(v.secondHome()), v.note(), Formats.date(v.completedAt()),
                        v.validUntil().toString()),
                visit == null ? null : new CaseView.Visit(visit.visitedOn().toString(), visit.visitors(),
                        visit.findings(), yesNo(visit.matchesDeclaration())),
                appraisal == null ? null : new CaseView.AppraisalRow(appraisal.heldOn().toString(),
                        appraisal.participants(), appraisal.inFavour(), appraisal.against(), appraisal.note(),
                        appraisal.supported()),
                listing == null ? null : new CaseView.ListingRow(listing.startsOn().toString(),
                        listing.endsOn().toString(), keys(listing.categories()),
                        listing.monthlyAmount() == null ? "" : money(listing.monthlyAmount()),
                        listing.runningOn(LocalDate.now(clock.withZone(BEIJING)))),
                f.objections().stream().map(o -> new CaseView.ObjectionRow(o.text(), o.contactName(), o.maskedPhone(),
                        Formats.dateTime(o.receivedAt()))).toList(),
                f.decision() == null ? null : decision(f.decision(), name),
                f.reviews().stream().map(r -> new CaseView.ReviewRow(Formats.date(r.reviewedAt()),
                        r.outcome().messageKey(), r.reason(), r.taperUntil() == null ? "" : r.taperUntil().toString()))
                        .toList(),
                f.changes().stream().map(c -> new CaseView.ChangeRow(Formats.dateTime(c.reportedAt()),
                        c.kind().messageKey(), c.description())).toList());
    }

    private CaseView.CheckRow check(Check c, Function<Integer, String> name) {
        return new CaseView.CheckRow(name.apply(c.memberPosition()), c.source().messageKey(), c.purpose(),
                regions.pathName(c.officeRegion()), Formats.dateTime(c.checkedAt()),
                c.monthlyIncome() == null ? "" : money(c.monthlyIncome()),
                c.assets() == null ? "" : money(c.assets()), c.finding());
    }

    private static CaseView.DecisionView decision(Decision d, Function<Integer, String> name) {
        CaseView.Arithmetic arithmetic = d.dibaoAmount() == null ? null : new CaseView.Arithmetic(money(d.standard()),
                d.members(), money(d.householdIncome()), money(d.dibaoAmount()));
        return new CaseView.DecisionView(d.approved(), keys(d.categories()), arithmetic,
                d.supportAmount() == null ? "" : money(d.supportAmount()), money(d.monthlyTotal()),
                d.paymentFrom() == null ? "" : d.paymentFrom().toString(), d.reasons(), Formats.date(d.decidedAt()),
                d.memberAids().stream().map(m -> new CaseView.MemberAidRow(name.apply(m.position()),
                        m.category().messageKey(), m.medicalRatio() == null ? "" : m.medicalRatio() + "%")).toList());
    }

    public static List<String> keys(List<Category> categories) {
        return categories.stream().map(Category::messageKey).toList();
    }

    public static String money(BigDecimal amount) {
        return amount == null ? "0.00" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String yesNo(boolean value) {
        return value ? "core.yes" : "core.no";
    }
}
