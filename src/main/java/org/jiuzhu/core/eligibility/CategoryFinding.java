package org.jiuzhu.core.eligibility;

import java.util.List;

/**
 * A category the household, or some of its members, may fall in. {@code members} are indexes into the
 * household's member list; {@code individual} marks members taken into dibao on their own (单人户).
 */
public record CategoryFinding(Category category, List<Integer> members, boolean individual,
                              boolean illnessImpoverished, List<Reason> reasons, List<String> documents) {
}
