package org.jiuzhu.matching.offer;

import java.util.Set;

/** An offer as typed in the form, before checking; sets hold ticked region codes, target names and slot keys. */
public record OfferDraft(OfferKind kind, String title, String description, String aidKind, Set<String> targets,
                         String amountPerBeneficiary, String goods, String budget, String skills,
                         String baseRegionCode, String radiusKm, String capacity, String startsOn, String endsOn,
                         Set<String> regions, Set<String> slots) {
}
