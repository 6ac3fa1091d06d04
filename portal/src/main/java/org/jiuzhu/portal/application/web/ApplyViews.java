package org.jiuzhu.portal.application.web;

import jakarta.inject.Singleton;
import org.jiuzhu.core.application.Application;
import org.jiuzhu.core.application.ApplicationMember;
import org.jiuzhu.core.application.Applications;
import org.jiuzhu.core.application.Authorizations;
import org.jiuzhu.core.application.DraftStep;
import org.jiuzhu.core.application.TimelineEntry;
import org.jiuzhu.core.chrome.web.Formats;
import org.jiuzhu.core.eligibility.DisabilityType;
import org.jiuzhu.core.eligibility.Employment;
import org.jiuzhu.core.eligibility.Relationship;
import org.jiuzhu.core.privacy.Masking;
import org.jiuzhu.core.region.Regions;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** Builds the parts every application page shares: the step list, member rows, option lists, the timeline. */
@Singleton
class ApplyViews {

    private final Applications applications;
    private final Authorizations authorizations;
    private final Regions regions;
    private final Masking masking;

    ApplyViews(Applications applications, Authorizations authorizations, Regions regions, Masking masking) {
        this.applications = applications;
        this.authorizations = authorizations;
        this.regions = regions;
        this.masking = masking;
    }

    List<ApplyPages.Step> steps(Application a, String current) {
        List<ApplyPages.Step> steps = new java.util.ArrayList<>(Arrays.stream(DraftStep.values())
                .map(s -> new ApplyPages.Step(s.messageKey(), "/apply/" + a.id() + "/" + s.path(),
                        a.stepsDone().contains(s), s.path().equals(current)))
                .toList());
        steps.add(new ApplyPages.Step("portal.apply.authorizations.step", "/apply/" + a.id() + "/authorizations",
                authorizations.signedByAll(a), "authorizations".equals(current)));
        steps.add(new ApplyPages.Step("portal.apply.review.step", "/apply/" + a.id() + "/review", false,
                "review".equals(current)));
        return steps;
    }

    List<ApplyPages.MemberRow> members(Application a) {
        return a.members().stream().map(this::member).toList();
    }

    String regionName(Application a) {
        return regions.pathName(a.regionCode());
    }

    List<ApplyPages.Option> relationships(String selected) {
        return options(Arrays.stream(Relationship.values()).filter(r -> r != Relationship.APPLICANT).map(Enum::name)
                .toList(), "core.relationship.", selected);
    }

    List<ApplyPages.Option> disabilities(String selected) {
        return options(Arrays.stream(DisabilityType.values()).map(Enum::name).toList(), "core.disability.", selected);
    }

    List<ApplyPages.Option> grades(String selected) {
        return IntStream.rangeClosed(0, 4).mapToObj(Integer::toString)
                .map(g -> new ApplyPages.Option(g, "portal.apply.grade." + g, g.equals(selected))).toList();
    }

    List<ApplyPages.Option> employments(String selected) {
        return options(Arrays.stream(Employment.values()).map(Enum::name).toList(), "core.employment.", selected);
    }

    List<ApplyPages.Option> options(List<String> values, String keyPrefix, String selected) {
        return values.stream().map(v -> new ApplyPages.Option(v, keyPrefix + v.toLowerCase(Locale.ROOT), v.equals(selected)))
                .toList();
    }

    List<ApplyPages.TimelineRow> timeline(Application a) {
        return applications.timeline(a).stream().map(this::row).toList();
    }

    private ApplyPages.TimelineRow row(TimelineEntry e) {
        LocalDate deadline = e.deadline();
        return new ApplyPages.TimelineRow(Formats.dateTime(e.at()), e.status().messageKey(),
                e.officeRegion() == null ? "" : regions.pathName(e.officeRegion()), e.note() == null ? "" : e.note(),
                deadline == null ? "" : deadline.toString());
    }

    private ApplyPages.MemberRow member(ApplicationMember m) {
        return new ApplyPages.MemberRow(m.position(), masking.name(m.name()), m.maskedIdNumber(), m.age(),
                "core.relationship." + m.relationship().name().toLowerCase(Locale.ROOT),
                "core.disability." + m.disability().name().toLowerCase(Locale.ROOT), m.disabilityGrade(),
                m.position() > 0);
    }
}
