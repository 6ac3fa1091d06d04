package org.jiuzhu.matching.need;

import org.jiuzhu.matching.AidKind;
import org.jiuzhu.matching.TargetGroup;

import java.util.List;
import java.util.Set;

/**
 * What a supported household may share: its members (masked, with the groups each belongs to), the kinds of help it
 * asked the government for, and its hardship text already de-identified.
 */
public record Sharing(List<MemberChoice> members, Set<AidKind> suggestedKinds, String suggestedText) {

    /** A member the need may concern; {@code groups} are the only target groups that may be shared for them. */
    public record MemberChoice(int position, String maskedName, int age, Set<TargetGroup> groups) {
    }
}
