package org.jiuzhu.matching.offer;

import jakarta.inject.Singleton;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.form.Forms;
import org.jiuzhu.core.region.GeoPoint;
import org.jiuzhu.core.region.Region;
import org.jiuzhu.core.region.Regions;
import org.jiuzhu.matching.AidKind;
import org.jiuzhu.matching.TargetGroup;
import org.jiuzhu.matching.organization.Organization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads a typed offer into values, or names every problem. Regions must lie within what the organization serves. */
@Singleton
class OfferCheck {

    static final int MAX_CAPACITY = 100_000;
    static final int MAX_RADIUS_KM = 50;
    private static final int MAX_YEARS = 3;

    private final Regions regions;

    OfferCheck(Regions regions) {
        this.regions = regions;
    }

    /** The values of a valid draft; {@code remaining} is the total capacity (per slot times slots for services). */
    record Values(OfferKind kind, String title, String description, AidKind aidKind, Set<TargetGroup> targets,
                  BigDecimal amount, String goods, BigDecimal budget, String skills, String baseRegionCode,
                  GeoPoint base, Integer radiusKm, int capacity, int remaining, LocalDate startsOn, LocalDate endsOn,
                  List<String> regions, List<Slot> slots) {
    }

    Values check(OfferDraft d, Organization organization, LocalDate today, FieldErrors errors) {
        String title = text(d.title());
        String description = text(d.description());
        if (title.length() < 2 || title.length() > 60) {
            errors.add("title", "matching.offer.error.title");
        }
        if (description.length() < 10 || description.length() > 2000) {
            errors.add("description", "matching.offer.error.description");
        }
        AidKind aidKind = AidKind.parse(d.aidKind());
        if (aidKind == null) {
            errors.add("aidKind", "matching.offer.error.aidKind");
        }
        Set<TargetGroup> targets = EnumSet.noneOf(TargetGroup.class);
        for (TargetGroup group : TargetGroup.values()) {
            if (d.targets().contains(group.name())) {
                targets.add(group);
            }
        }
        int capacity = Forms.integer(d.capacity(), "capacity", errors);
        if (!errors.has("capacity") && (capacity < 1 || capacity > MAX_CAPACITY)) {
            errors.add("capacity", "matching.offer.error.capacity");
        }
        LocalDate startsOn = Forms.date(d.startsOn(), "startsOn", errors);
        LocalDate endsOn = Forms.date(d.endsOn(), "endsOn", errors);
        if (startsOn != null && endsOn != null && (endsOn.isBefore(startsOn) || endsOn.isBefore(today)
                || endsOn.isAfter(startsOn.plusYears(MAX_YEARS)))) {
            errors.add("endsOn", "matching.offer.error.period");
        }
        if (d.kind() == OfferKind.PROJECT) {
            return project(d, organization, errors, new Values(d.kind(), title, description, aidKind, targets, null,
                    null, null, null, null, null, null, capacity, capacity, startsOn, endsOn, List.of(), List.of()));
        }
        return volunteer(d, errors, new Values(d.kind(), title, description, aidKind, targets, null, null, null,
                null, null, null, null, capacity, capacity, startsOn, endsOn, List.of(), List.of()));
    }

    private Values project(OfferDraft d, Organization organization, FieldErrors errors, Values v) {
        BigDecimal amount = text(d.amountPerBeneficiary()).isEmpty() ? null
                : Forms.decimal(d.amountPerBeneficiary(), "amountPerBeneficiary", errors);
        String goods = text(d.goods());
        if (amount == null && goods.isEmpty() && !errors.has("amountPerBeneficiary")) {
            errors.add("amountPerBeneficiary", "matching.offer.error.amountOrGoods");
        } else if (amount != null && amount.signum() <= 0) {
            errors.add("amountPerBeneficiary", "matching.offer.error.amount");
        }
        if (goods.length() > 200) {
            errors.add("goods", "matching.offer.error.goods");
        }
        BigDecimal budget = text(d.budget()).isEmpty() ? null : Forms.decimal(d.budget(), "budget", errors);
        if (budget != null && budget.signum() < 0) {
            errors.add("budget", "matching.offer.error.budget");
        }
        List<String> chosen = d.regions().stream().sorted().toList();
        boolean within = chosen.stream().allMatch(code -> regions.find(code).isPresent()
                && organization.servedRegions().stream().anyMatch(served -> regions.chain(code).contains(served)));
        if (chosen.isEmpty() || !within) {
            errors.add("regions", "matching.offer.error.regions");
        }
        return new Values(v.kind(), v.title(), v.description(), v.aidKind(), v.targets(), amount,
                goods.isEmpty() ? null : goods, budget, null, null, null, null, v.capacity(), v.capacity(),
                v.startsOn(), v.endsOn(), chosen, List.of());
    }

    private Values volunteer(OfferDraft d, FieldErrors errors, Values v) {
        String skills = text(d.skills());
        if (skills.length() < 2 || skills.length() > 200) {
            errors.add("skills", "matching.offer.error.skills");
        }
        Region base = regions.find(d.baseRegionCode()).orElse(null);
        GeoPoint point = base == null ? null : regions.centre(base.code()).orElse(null);
        if (point == null) {
            errors.add("baseRegionCode", "matching.offer.error.base");
        }
        int radius = Forms.integer(d.radiusKm(), "radiusKm", errors);
        if (!errors.has("radiusKm") && (radius < 1 || radius > MAX_RADIUS_KM)) {
            errors.add("radiusKm", "matching.offer.error.radius");
        }
        List<Slot> slots = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            for (DayPart part : DayPart.values()) {
                if (d.slots().contains(day + "-" + part.name())) {
                    slots.add(new Slot(day, part, v.capacity()));
                }
            }
        }
        if (slots.isEmpty()) {
            errors.add("slots", "matching.offer.error.slots");
        }
        return new Values(v.kind(), v.title(), v.description(), v.aidKind(), v.targets(), null, null, null, skills,
                base == null ? null : base.code(), point, radius, v.capacity(), v.capacity() * slots.size(),
                v.startsOn(), v.endsOn(), List.of(), slots);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
