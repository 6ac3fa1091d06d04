package org.jiuzhu.matching.search;

import org.jiuzhu.core.region.GeoPoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the need index holds of one need: nothing that identifies a person. {@code regionChain} is the village and
 * every division above it; {@code point} the village centre (null where no coordinates exist). {@code searchable}
 * is false once consent is revoked, which drops it from the index.
 */
public record NeedDocument(long id, String aidKind, Set<String> targets, String ageBand, List<String> regionChain,
                           String text, GeoPoint point, int urgency, LocalDate sharedOn, boolean searchable) {
}
