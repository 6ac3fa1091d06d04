package org.jiuzhu.matching.need;

import org.jiuzhu.core.application.ApplicationMember;
import org.jiuzhu.core.application.SupportedHouseholds;
import org.jiuzhu.core.eligibility.DisabilityType;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.matching.AgeBand;
import org.jiuzhu.matching.AidKind;
import org.jiuzhu.matching.TargetGroup;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a need must meet, whoever types it (the resident online, or staff from a signed paper form): a member of
 * the household, a kind, de-identified words of a useful length, an urgency, and only target groups the member is
 * recorded in.
 */
final class NeedCheck {

    private NeedCheck() {
    }

    static Needs.Checked check(SupportedHouseholds.Supported h, NeedRequest request, Clock clock) {
        FieldErrors errors = new FieldErrors();
        List<ApplicationMember> members = h.application().members();
        ApplicationMember member = members.stream().filter(m -> String.valueOf(m.position()).equals(request.member()))
                .findFirst().orElse(null);
        if (member == null) {
            errors.add("member", "matching.need.error.member");
        }
        AidKind kind = AidKind.parse(request.aidKind());
        if (kind == null) {
            errors.add("aidKind", "matching.need.error.aidKind");
        }
        String text = Deidentifier.clean(request.text(), names(members));
        if (text.length() < 5 || text.length() > Needs.MAX_TEXT) {
            errors.add("text", "matching.need.error.text");
        }
        Urgency urgency = Urgency.parse(request.urgency());
        if (urgency == null) {
            errors.add("urgency", "matching.need.error.urgency");
        }
        Set<TargetGroup> allowed = member == null ? Set.of() : groups(member, members.size());
        Set<TargetGroup> targets = EnumSet.noneOf(TargetGroup.class);
        allowed.stream().filter(g -> request.targets().contains(g.name())).forEach(targets::add);
        if (!errors.isEmpty()) {
            return new Needs.Checked(null, errors);
        }
        return new Needs.Checked(new Need(0, h.application().regionCode(), kind, targets, AgeBand.of(member.age()),
                text, urgency, NeedStatus.SHARED, clock.instant(), null, 0, false), errors);
    }

    /** The groups a member belongs to, from what the application recorded about them. */
    static Set<TargetGroup> groups(ApplicationMember m, int householdSize) {
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        if (m.age() >= 60) {
            groups.add(householdSize == 1 ? TargetGroup.ELDERLY_ALONE : TargetGroup.ELDERLY);
        }
        if (m.age() < 18) {
            groups.add(TargetGroup.CHILDREN);
        }
        if (m.student()) {
            groups.add(TargetGroup.STUDENTS);
        }
        if (m.disability() != DisabilityType.NONE) {
            groups.add(TargetGroup.DISABLED);
        }
        if (m.seriouslyIll()) {
            groups.add(TargetGroup.SERIOUSLY_ILL);
        }
        return groups;
    }

    static List<String> names(List<ApplicationMember> members) {
        return members.stream().map(ApplicationMember::name).toList();
    }
}
