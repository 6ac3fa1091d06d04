package org.jiuzhu.matching.search;

import java.util.List;

/** One result: the other side's id, its score (for ordering only) and the reasons it matched. */
public record Match(long id, float score, List<Reason> reasons) {
}
