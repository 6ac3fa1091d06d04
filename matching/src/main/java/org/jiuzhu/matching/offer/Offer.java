package org.jiuzhu.matching.offer;

import org.jiuzhu.core.region.GeoPoint;
import org.jiuzhu.matching.AidKind;
import org.jiuzhu.matching.TargetGroup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A charity project or volunteer service. Projects name {@code regions} served; volunteer services a
 * {@code base} point, a radius and weekly {@code slots} (capacity per slot). Nothing here is personal data.
 */
public record Offer(long id, long organizationId, OfferKind kind, String title, String description, AidKind aidKind,
                    Set<TargetGroup> targets, BigDecimal amountPerBeneficiary, String goods, BigDecimal budget,
                    String skills, String baseRegionCode, GeoPoint base, Integer radiusKm, int capacity,
                    int remaining, LocalDate startsOn, LocalDate endsOn, OfferStatus status, List<String> regions,
                    List<Slot> slots, long version) {
}
