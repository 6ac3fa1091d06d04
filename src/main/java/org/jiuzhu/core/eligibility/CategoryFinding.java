package org.jiuzhu.core.eligibility;

import java.util.List;

/**
 * A category the household, or some of its members, may fall in. {@code members} are indexes into the
 * household's member list; {@code individual} marks members taken into dibao on their own (单人户).
 */
public record CategoryFinding(Category category, List<Integer> members, boolean individual,
                              boolean illnessImpoverished, List<Reason> reasons, List<String> documents) {

    /**
     * The in-patient medical-aid ratio (percent) this category gives the member at {@code index} of {@code household}
     * (Hubei), or null: the illness-impoverished 50 % is the seriously ill member's only.
     */
    public Integer medicalRatioFor(Household household, int index) {
        Integer ratio = Aids.medicalRatio(this);
        boolean covered = ratio != null && members.contains(index)
                && (category != Category.RIGID_EXPENSE || household.members().get(index).seriouslyIll());
        return covered ? ratio : null;
    }
}
