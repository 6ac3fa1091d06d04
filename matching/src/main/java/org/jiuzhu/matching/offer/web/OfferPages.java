package org.jiuzhu.matching.offer.web;

import jakarta.inject.Singleton;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.Regions;
import org.jiuzhu.matching.AidKind;
import org.jiuzhu.matching.TargetGroup;
import org.jiuzhu.matching.offer.DayPart;
import org.jiuzhu.matching.offer.Offer;
import org.jiuzhu.matching.offer.OfferKind;
import org.jiuzhu.matching.organization.Organization;
import org.jiuzhu.matching.web.Choice;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Records of the charity's pages; templates only print them. */
@Singleton
public class OfferPages {

    static final String TARGET = "target-";
    static final String REGION = "region-";
    static final String SLOT = "slot-";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Regions regions;
    private final Clock clock;

    OfferPages(Regions regions, Clock clock) {
        this.regions = regions;
        this.clock = clock;
    }

    public record DeskPage(String organization, String statusKey, boolean verified, List<Row> offers) {
    }

    public record Row(long id, String title, String kindKey, String aidKey, String statusKey, int remaining,
                      int capacity, String period) {
    }

    public record FormPage(String action, String kind, String kindKey, boolean volunteer, Map<String, String> errors,
                           Map<String, String> typed, List<Choice> aidKinds, List<Choice> targets, List<Choice> regions,
                           List<Choice> bases, List<SlotDay> slots, String targetPrefix, String regionPrefix,
                           String slotPrefix, Long version) {
    }

    /** One weekday of the slot grid; each choice's value is "weekday-PART" and its key the part's name. */
    public record SlotDay(String weekdayKey, List<Choice> parts) {
    }

    public record SlotView(String weekdayKey, String partKey, int remaining) {
    }

    public record DetailPage(long id, String title, String kindKey, String statusKey, String status, boolean volunteer,
                             String description, String aidKey, List<String> targetKeys, String amount, String goods,
                             String budget, String skills, String where, List<SlotView> slots, int capacity, int remaining,
                             String period, long version, Map<String, String> errors, String notice) {
    }

    Row row(Offer o) {
        return new Row(o.id(), o.title(), o.kind().messageKey(), o.aidKind().messageKey(), o.status().messageKey(),
                o.remaining(), o.kind() == OfferKind.VOLUNTEER ? o.capacity() * o.slots().size() : o.capacity(),
                o.startsOn() + " – " + o.endsOn());
    }

    FormPage form(String action, OfferKind kind, Organization organization, Map<String, String> errors,
                  Map<String, String> typed, Long version) {
        List<Choice> aidKinds = Arrays.stream(AidKind.values()).map(k -> Choice.keyed(k.name(), k.messageKey())).toList();
        List<Choice> targets = Arrays.stream(TargetGroup.values()).map(t -> Choice.keyed(t.name(), t.messageKey())).toList();
        List<Choice> served = regions.divisions().stream()
                .filter(r -> organization.servedRegions().stream().anyMatch(s -> regions.chain(r.code()).contains(s)))
                .map(r -> Choice.named(r.code(), regions.pathName(r.code()))).toList();
        List<Choice> bases = regions.divisions().stream().filter(r -> r.level() == DivisionLevel.TOWNSHIP)
                .flatMap(t -> java.util.stream.Stream.concat(java.util.stream.Stream.of(t),
                        regions.villagesByTownship().values().stream().flatMap(List::stream)
                                .filter(v -> t.code().equals(v.parentCode()))))
                .filter(r -> regions.centre(r.code()).isPresent())
                .map(r -> Choice.named(r.code(), regions.pathName(r.code()))).toList();
        List<SlotDay> slots = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            int weekday = day;
            slots.add(new SlotDay("matching.offer.weekday." + day, Arrays.stream(DayPart.values())
                    .map(part -> Choice.keyed(weekday + "-" + part.name(), part.messageKey())).toList()));
        }
        return new FormPage(action, kind.name(), kind.messageKey(), kind == OfferKind.VOLUNTEER, errors, typed,
                aidKinds, targets, served, bases, slots, TARGET, REGION, SLOT, version);
    }

    DetailPage detail(Offer o, Map<String, String> errors, String notice) {
        String where = o.kind() == OfferKind.VOLUNTEER
                ? regions.pathName(o.baseRegionCode()) + " · " + o.radiusKm() + " km"
                : o.regions().stream().map(regions::pathName).collect(Collectors.joining("；"));
        List<SlotView> slots = o.slots().stream().map(s -> new SlotView("matching.offer.weekday." + s.weekday(),
                s.part().messageKey(), s.remaining())).toList();
        return new DetailPage(o.id(), o.title(), o.kind().messageKey(), o.status().messageKey(), o.status().name(),
                o.kind() == OfferKind.VOLUNTEER, o.description(), o.aidKind().messageKey(),
                o.targets().stream().map(TargetGroup::messageKey).toList(), money(o.amountPerBeneficiary()), o.goods(),
                money(o.budget()), o.skills(), where, slots, o.capacity(), o.remaining(),
                o.startsOn() + " – " + o.endsOn(), o.version(), errors, notice);
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}
