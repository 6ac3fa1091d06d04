package org.jiuzhu.admin.intake.web;

import jakarta.inject.Singleton;
import org.jiuzhu.core.application.Application;
import org.jiuzhu.core.application.Proof;
import org.jiuzhu.core.application.ApplicationMember;
import org.jiuzhu.core.application.ApplicationStatus;
import org.jiuzhu.core.application.Applications;
import org.jiuzhu.core.application.TimelineEntry;
import org.jiuzhu.core.application.web.CaseView;
import org.jiuzhu.core.chrome.web.Formats;
import org.jiuzhu.core.eligibility.Assessment;
import org.jiuzhu.core.eligibility.Assessments;
import org.jiuzhu.core.eligibility.DisabilityType;
import org.jiuzhu.core.eligibility.Reason;
import org.jiuzhu.core.eligibility.web.AssessmentTexts;
import org.jiuzhu.core.privacy.Masking;
import org.jiuzhu.core.region.Regions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the intake pages' models: masks names, turns enum values into message keys and reasons into words. */
@Singleton
class IntakePages {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Applications applications;
    private final Assessments assessments;
    private final AssessmentTexts texts;
    private final Regions regions;
    private final Masking masking;
    private final Clock clock;

    IntakePages(Applications applications, Assessments assessments, AssessmentTexts texts, Regions regions,
                Masking masking, Clock clock) {
        this.applications = applications;
        this.assessments = assessments;
        this.texts = texts;
        this.regions = regions;
        this.masking = masking;
        this.clock = clock;
    }

    QueuePage queue(String scopeCode, List<Application> shown, String selected) {
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        List<QueuePage.Row> rows = shown.stream().map(a -> {
            LocalDate submitted = a.submittedAt() == null ? today : LocalDate.ofInstant(a.submittedAt(), BEIJING);
            LocalDate deadline = applications.timeline(a).stream()
                    .filter(e -> e.status() == a.status() && e.deadline() != null)
                    .max(Comparator.comparing(TimelineEntry::at)).map(TimelineEntry::deadline).orElse(null);
            return new QueuePage.Row(a.id(), applicantName(a), regions.pathName(a.regionCode()),
                    a.status().messageKey(), a.submittedAt() == null ? "" : Formats.date(a.submittedAt()),
                    Math.max(0, ChronoUnit.DAYS.between(submitted, today)),
                    deadline == null ? "" : deadline.toString(), deadline != null && today.isAfter(deadline));
        }).toList();
        List<QueuePage.StatusOption> statuses = new java.util.ArrayList<>();
        statuses.add(new QueuePage.StatusOption("", "admin.intake.filter.mine", selected.isEmpty()));
        for (ApplicationStatus status : ApplicationStatus.values()) {
            if (status != ApplicationStatus.DRAFT) {
                statuses.add(new QueuePage.StatusOption(status.name(), status.messageKey(), status.name().equals(selected)));
            }
        }
        return new QueuePage(regions.pathName(scopeCode), statuses, rows);
    }

    DetailPage detail(Application a, boolean mayDecide, Locale locale, Map<String, String> errors,
                      Map<String, String> typed, String doneKey, List<Proof> proofs, CaseView caseFile,
                      StageForms forms, List<org.jiuzhu.core.monitoring.Warning> openWarnings) {
        List<DetailPage.MemberRow> members = a.members().stream().map(this::member).toList();
        List<DetailPage.TimelineRow> timeline = applications.timeline(a).stream().map(e -> new DetailPage.TimelineRow(
                Formats.dateTime(e.at()), e.status().messageKey(),
                e.officeRegion() == null ? "" : regions.pathName(e.officeRegion()), e.note() == null ? "" : e.note(),
                e.deadline() == null ? "" : e.deadline().toString())).toList();
        DetailPage.AssessmentView assessment = assessments.assess(a.household(), a.regionCode())
                .map(result -> assessment(result, locale)).orElse(null);
        return new DetailPage(a.id(), a.version(), a.status().messageKey(), applicantName(a), regions.pathName(a.regionCode()),
                a.submittedAt() == null ? "" : Formats.date(a.submittedAt()),
                a.urban() ? "admin.intake.area.urban" : "admin.intake.area.rural", members, finances(a), needs(a),
                assessment, timeline, mayDecide && a.status() == ApplicationStatus.SUBMITTED, errors, typed, doneKey,
                proofs.stream().map(p -> new DetailPage.ProofRow("/admin/applications/" + a.id() + "/proofs/" + p.id(),
                        p.originalName(), p.kind().messageKey(),
                        Formats.dateTime(p.uploadedAt()))).toList(), caseFile, forms, a.status().receivingAid(),
                openWarnings.stream().map(w -> new DetailPage.OpenWarning(w.id(), w.level().name()
                        .toLowerCase(Locale.ROOT), w.level().messageKey(), w.kind().messageKey(), w.ruleId())).toList());
    }

    private String applicantName(Application a) {
        return a.members().isEmpty() ? "" : masking.name(a.members().get(0).name());
    }

    private DetailPage.MemberRow member(ApplicationMember m) {
        return new DetailPage.MemberRow(masking.name(m.name()), m.maskedIdNumber(), m.age(),
                key("relationship", m.relationship()), key("disability", m.disability()),
                m.disability() == DisabilityType.NONE ? null : m.disabilityGrade(), yesNo(m.seriouslyIll()),
                yesNo(m.student()), key("employment", m.employment()));
    }

    private static DetailPage.Finances finances(Application a) {
        var f = a.finances();
        return new DetailPage.Finances(
                f.incomes().stream().map(i -> new DetailPage.MoneyRow(key("income", i.kind()), money(i.monthly()))).toList(),
                money(f.workCosts()),
                f.expenses().stream().map(e -> new DetailPage.MoneyRow(key("expense", e.kind()), money(e.yearly()))).toList(),
                money(f.financialAssets()), yesNo(f.nonEssentialVehicle()), yesNo(f.secondHome()));
    }

    private static DetailPage.Needs needs(Application a) {
        return new DetailPage.Needs(key("housing", a.housing()), yesNo(a.disasterAffected()),
                yesNo(a.suddenHardship()), a.hardship(),
                a.requestedAids().stream().map(aid -> aid.messageKey()).toList(), a.bankName(),
                a.maskedBankAccount());
    }

    private DetailPage.AssessmentView assessment(Assessment a, Locale locale) {
        List<DetailPage.Finding> categories = a.categories().stream().map(c -> new DetailPage.Finding(
                c.category().messageKey(), sentences(c.reasons(), locale))).toList();
        List<DetailPage.Finding> aids = a.aids().stream().map(aid -> new DetailPage.Finding(
                aid.aid().messageKey(), sentences(aid.reasons(), locale))).toList();
        return new DetailPage.AssessmentView(categories, aids, money(a.perCapitaMonthlyIncome()),
                money(a.dibaoStandard()), a.estimatedMonthlyDibao() == null ? null : money(a.estimatedMonthlyDibao()),
                sentences(a.notes(), locale), a.settingsVersion());
    }

    private List<String> sentences(List<Reason> reasons, Locale locale) {
        return reasons.stream().map(r -> texts.sentence(r, locale)).toList();
    }

    private static String key(String group, Enum<?> value) {
        return "core." + group + "." + value.name().toLowerCase(Locale.ROOT);
    }

    private static String yesNo(boolean value) {
        return value ? "admin.intake.yes" : "admin.intake.no";
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "0.00" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
