package org.jiuzhu.matching.pairing.web;

import jakarta.inject.Singleton;
import org.jiuzhu.core.chrome.web.Formats;
import org.jiuzhu.core.region.Regions;
import org.jiuzhu.matching.TargetGroup;
import org.jiuzhu.matching.need.Need;
import org.jiuzhu.matching.need.Needs;
import org.jiuzhu.matching.offer.Offer;
import org.jiuzhu.matching.offer.Offers;
import org.jiuzhu.matching.organization.Organizations;
import org.jiuzhu.matching.pairing.Delivery;
import org.jiuzhu.matching.pairing.Pairing;
import org.jiuzhu.matching.search.Reason;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The records every pairing page is built from; templates only print them. */
@Singleton
public class PairingPages {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Needs needs;
    private final Offers offers;
    private final Organizations organizations;
    private final Regions regions;
    private final Clock clock;

    PairingPages(Needs needs, Offers offers, Organizations organizations, Regions regions, Clock clock) {
        this.needs = needs;
        this.offers = offers;
        this.organizations = organizations;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * A de-identified need as a charity sees it: the reasons it matched, {@code coverKey} when government aid of its
     * kind is already in place (may be empty), and {@code linkKey} the status of this offer's pairing with it, if any.
     */
    public record Card(long id, String aidKey, List<String> targetKeys, String ageKey, String place, String text,
                       String urgencyKey, long waitingDays, List<Reason> reasons, String coverKey, String linkKey,
                       Long pairingId) {
    }

    /** One pairing in a list: what, where, its state and dates. */
    public record Row(long id, String offerTitle, String organization, String place, String aidKey, String statusKey,
                      String status, String proposedOn, String answeredOn, boolean onBehalf, List<String> slot) {
    }

    /** A pairing as the resident reads it: who offers what, the charity's message, and what is possible now. */
    public record Item(long id, String organization, String offerTitle, String offerDescription, String kindKey,
                       String aidKey, String amount, String goods, List<String> slot, String message, String needText,
                       String statusKey, String status, String proposedOn, String answeredOn, boolean onBehalf,
                       String note, String delivered) {
    }

    Card card(Need n, List<Reason> reasons, String coverKey, Pairing link) {
        return new Card(n.id(), n.aidKind().messageKey(), n.targets().stream().map(TargetGroup::messageKey).toList(),
                n.ageBand().messageKey(), place(n.regionCode()), n.text(), n.urgency().messageKey(),
                ChronoUnit.DAYS.between(n.consentedAt().atZone(CHINA).toLocalDate(), today()), reasons,
                coverKey == null ? "" : coverKey, link == null ? "" : link.status().messageKey(),
                link == null ? null : link.id());
    }

    Row row(Pairing p) {
        Offer offer = offers.find(p.offerId()).orElseThrow();
        String aid = needs.find(p.needId()).map(n -> n.aidKind().messageKey()).orElse(offer.aidKind().messageKey());
        return new Row(p.id(), offer.title(), organizations.name(p.organizationId()), place(p.regionCode()), aid,
                p.status().messageKey(), p.status().name(), Formats.date(p.proposedAt()),
                p.answeredAt() == null ? "" : Formats.date(p.answeredAt()), p.onBehalf(), slot(p));
    }

    Item item(Pairing p) {
        Offer offer = offers.find(p.offerId()).orElseThrow();
        return new Item(p.id(), organizations.name(p.organizationId()), offer.title(), offer.description(),
                offer.kind().messageKey(), offer.aidKind().messageKey(), money(offer.amountPerBeneficiary()),
                offer.goods(), slot(p), p.message(), needs.find(p.needId()).map(Need::text).orElse(""),
                p.status().messageKey(), p.status().name(), Formats.date(p.proposedAt()),
                p.answeredAt() == null ? "" : Formats.date(p.answeredAt()), p.onBehalf(), p.answerNote(),
                delivered(p.delivery()));
    }

    /** "2026-11-20：500 元；米面油一套；3 小时", or empty before delivery. */
    static String delivered(Delivery d) {
        if (d == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (d.amount() != null) {
            parts.add(d.amount().toPlainString() + " 元");
        }
        if (d.goods() != null && !d.goods().isEmpty()) {
            parts.add(d.goods());
        }
        if (d.hours() != null) {
            parts.add(d.hours().stripTrailingZeros().toPlainString() + " 小时");
        }
        return d.on() + "：" + String.join("；", parts);
    }

    /** Message keys of the proposed slot, weekday then part; empty for projects. */
    static List<String> slot(Pairing p) {
        return p.slotWeekday() == null ? List.of()
                : List.of("matching.offer.weekday." + p.slotWeekday(), p.slotPart().messageKey());
    }

    String place(String village) {
        return regions.find(village).map(v -> regions.find(v.parentCode()).map(t -> t.name() + " " + v.name())
                .orElse(v.name())).orElse("");
    }

    static Map<String, String> typed(Map<String, String> form) {
        Map<String, String> typed = new java.util.HashMap<>(form);
        typed.remove("csrfToken");
        return typed;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}
