package org.jiuzhu.matching.search;

import org.jiuzhu.core.region.GeoPoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the offer index holds of one offer. {@code regions} are the regions a project serves; {@code base} and
 * {@code radiusKm} where a volunteer service works; {@code place} the division it is filed under (a project's first
 * region, a volunteer service's base village). {@code searchable} is false for drafts, paused and closed offers,
 * which the index drops.
 */
public record OfferDocument(long id, boolean volunteer, String aidKind, Set<String> targets, List<String> regions,
                            String place, String text, GeoPoint base, Integer radiusKm, int remaining,
                            LocalDate startsOn, LocalDate endsOn, boolean searchable) {
}
