package org.jiuzhu.matching.offer.web;

import org.jiuzhu.matching.offer.Offer;
import org.jiuzhu.matching.offer.OfferDraft;
import org.jiuzhu.matching.offer.OfferKind;
import org.jiuzhu.matching.offer.Slot;
import org.jiuzhu.matching.web.Ticks;

import java.util.HashMap;
import java.util.Map;

/** Between the offer form's fields and the domain's draft, both ways. */
final class OfferForms {

    private OfferForms() {
    }

    static OfferDraft draft(OfferKind kind, Map<String, String> form) {
        return new OfferDraft(kind, form.get("title"), form.get("description"), form.get("aidKind"),
                Ticks.of(form, OfferPages.TARGET), form.get("amountPerBeneficiary"), form.get("goods"),
                form.get("budget"), form.get("skills"), form.get("baseRegionCode"), form.get("radiusKm"),
                form.get("capacity"), form.get("startsOn"), form.get("endsOn"), Ticks.of(form, OfferPages.REGION),
                Ticks.of(form, OfferPages.SLOT));
    }

    /** A stored draft as the form shows it for editing. */
    static Map<String, String> typed(Offer o) {
        Map<String, String> typed = new HashMap<>();
        typed.put("title", o.title());
        typed.put("description", o.description());
        typed.put("aidKind", o.aidKind().name());
        o.targets().forEach(t -> typed.put(OfferPages.TARGET + t.name(), "yes"));
        typed.put("amountPerBeneficiary", o.amountPerBeneficiary() == null ? "" : o.amountPerBeneficiary().toPlainString());
        typed.put("goods", o.goods());
        typed.put("budget", o.budget() == null ? "" : o.budget().toPlainString());
        typed.put("skills", o.skills());
        typed.put("baseRegionCode", o.baseRegionCode() == null ? "" : o.baseRegionCode());
        typed.put("radiusKm", o.radiusKm() == null ? "" : o.radiusKm().toString());
        typed.put("capacity", Integer.toString(o.capacity()));
        typed.put("startsOn", o.startsOn().toString());
        typed.put("endsOn", o.endsOn().toString());
        o.regions().forEach(r -> typed.put(OfferPages.REGION + r, "yes"));
        for (Slot slot : o.slots()) {
            typed.put(OfferPages.SLOT + slot.key(), "yes");
        }
        return typed;
    }

    static Map<String, String> withoutToken(Map<String, String> form) {
        Map<String, String> typed = new HashMap<>(form);
        typed.remove("csrfToken");
        return typed;
    }
}
