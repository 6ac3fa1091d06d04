package org.jiuzhu.matching.search;

import org.jiuzhu.core.region.GeoPoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the need index holds of one need: nothing that identifies a person. {@code regionChain} is the village and
 * every division above it; {@code point} the village centre (null where no coordinates exist). {@code lastServed} is
 * when the household last received charity aid of this kind (null: never). {@code searchable} is false once the
 * need is no longer shared (consent revoked, or being served), which drops it from the index.
 */
public record NeedDocument(long id, String aidKind, Set<String> targets, String ageBand, List<String> regionChain,
                           String text, GeoPoint point, int urgency, LocalDate sharedOn, LocalDate lastServed,
                           boolean searchable) {
}
