package org.jiuzhu.core.eligibility;

import java.util.List;

/** A special aid that follows from the categories, for the given members, with its reasons and documents. */
public record AidFinding(SpecialAid aid, List<Integer> members, List<Reason> reasons, List<String> documents) {
}
