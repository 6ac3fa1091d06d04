package org.jiuzhu.matching.need;

import org.jiuzhu.core.application.ApplicationMember;
import org.jiuzhu.core.application.SupportedHouseholds;
import org.jiuzhu.core.privacy.Masking;
import org.jiuzhu.matching.AidKind;
import org.jiuzhu.matching.TargetGroup;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a supported household may share: its members (masked, with the groups each belongs to), the kinds of help it
 * asked the government for, and its hardship text already de-identified.
 */
public record Sharing(List<MemberChoice> members, Set<AidKind> suggestedKinds, String suggestedText) {

    static Sharing of(SupportedHouseholds.Supported household, Masking masking) {
        List<ApplicationMember> members = household.application().members();
        Set<AidKind> kinds = new LinkedHashSet<>();
        household.application().requestedAids().forEach(aid -> kinds.add(AidKind.of(aid)));
        return new Sharing(members.stream().map(m -> new MemberChoice(m.position(), masking.name(m.name()), m.age(),
                NeedCheck.groups(m, members.size()))).toList(), kinds,
                Deidentifier.clean(household.application().hardship(), NeedCheck.names(members)));
    }

    /** A member the need may concern; {@code groups} are the only target groups that may be shared for them. */
    public record MemberChoice(int position, String maskedName, int age, Set<TargetGroup> groups) {
    }
}
