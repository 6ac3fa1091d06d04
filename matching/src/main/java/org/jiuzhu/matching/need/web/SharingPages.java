package org.jiuzhu.matching.need.web;

import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.chrome.web.Formats;
import org.jiuzhu.core.region.Regions;
import org.jiuzhu.matching.AidKind;
import org.jiuzhu.matching.TargetGroup;
import org.jiuzhu.matching.need.Need;
import org.jiuzhu.matching.need.Needs;
import org.jiuzhu.matching.need.Sharing;
import org.jiuzhu.matching.need.Urgency;
import org.jiuzhu.matching.web.Choice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Records of the resident's sharing pages. */
@Singleton
public class SharingPages {

    static final String TARGET = "target-";

    private final Needs needs;
    private final Regions regions;

    SharingPages(Needs needs, Regions regions) {
        this.needs = needs;
        this.regions = regions;
    }

    /** {@code supported} false: the household is not one social assistance supports, and nothing can be shared. */
    public record SharingPage(boolean supported, Map<String, String> errors, Map<String, String> typed, String notice,
                              List<Choice> members, List<Choice> kinds, List<Choice> urgencies, List<Choice> targets,
                              String targetPrefix, List<Shared> shared) {
    }

    /** A need the resident shared, as charities see it, with its state. */
    /**
     * {@code active}: may still be revoked; {@code open}: shared and waiting, so services can be looked for;
     * {@code onPaper}: recorded by staff from a paper consent form the resident signed.
     */
    public record Shared(long id, String aidKey, String place, String text, List<String> targetKeys, String ageKey,
                         String urgencyKey, String statusKey, boolean active, boolean open, String consentedOn,
                         String revokedOn, long version, boolean onPaper) {
    }

    public record PreviewPage(Shared card, Map<String, String> hidden, Map<String, String> errors) {

        PreviewPage withError(String field, String key) {
            Map<String, String> errors = new LinkedHashMap<>(this.errors);
            errors.put(field, key);
            return new PreviewPage(card, hidden, errors);
        }
    }

    SharingPage sharing(Actor resident, Map<String, String> errors, Map<String, String> typed, String notice) {
        List<Shared> shared = needs.ofResident(resident).stream().map(this::shared).toList();
        Optional<Form> form = needs.sharing(resident).map(s -> form(s, typed));
        if (form.isEmpty()) {
            return new SharingPage(false, errors, typed, notice, List.of(), List.of(), List.of(), List.of(), TARGET,
                    shared);
        }
        Form f = form.get();
        return new SharingPage(true, errors, f.shown(), notice, f.members(), f.kinds(), f.urgencies(), f.targets(),
                TARGET, shared);
    }

    /** The choices of the need form for one household, and what it shows typed (suggestions on a fresh form). */
    record Form(List<Choice> members, List<Choice> kinds, List<Choice> urgencies, List<Choice> targets,
                Map<String, String> shown) {
    }

    Form form(Sharing s, Map<String, String> typed) {
        List<Choice> members = s.members().stream().map(m -> Choice.named(String.valueOf(m.position()),
                m.maskedName() + "（" + m.age() + "）")).toList();
        List<AidKind> ordered = new ArrayList<>(s.suggestedKinds());
        Arrays.stream(AidKind.values()).filter(k -> !ordered.contains(k)).forEach(ordered::add);
        List<Choice> kinds = ordered.stream().map(k -> Choice.keyed(k.name(), k.messageKey())).toList();
        List<Choice> urgencies = Arrays.stream(Urgency.values()).map(u -> Choice.keyed(u.name(), u.messageKey())).toList();
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        s.members().forEach(m -> groups.addAll(m.groups()));
        List<Choice> targets = groups.stream().map(g -> Choice.keyed(g.name(), g.messageKey()
                + (g.sensitive() ? ".sensitive" : ""))).toList();
        Map<String, String> shown = new HashMap<>(typed);
        if (typed.isEmpty()) {
            shown.put("text", s.suggestedText());
            shown.put("urgency", Urgency.NORMAL.name());
            groups.stream().filter(g -> !g.sensitive()).forEach(g -> shown.put(TARGET + g.name(), "yes"));
        }
        return new Form(members, kinds, urgencies, targets, shown);
    }

    PreviewPage preview(Need need, Map<String, String> form) {
        Map<String, String> hidden = new LinkedHashMap<>();
        for (String field : List.of("member", "aidKind", "urgency")) {
            hidden.put(field, form.getOrDefault(field, ""));
        }
        // The cleaned text, so the words consented to are exactly the words stored.
        hidden.put("text", need.text());
        need.targets().forEach(t -> hidden.put(TARGET + t.name(), "yes"));
        return new PreviewPage(shared(need), hidden, Map.of());
    }

    Shared shared(Need n) {
        String place = regions.find(n.regionCode()).map(v -> regions.find(v.parentCode())
                .map(t -> t.name() + " " + v.name()).orElse(v.name())).orElse("");
        return new Shared(n.id(), n.aidKind().messageKey(), place, n.text(),
                n.targets().stream().map(TargetGroup::messageKey).toList(), n.ageBand().messageKey(),
                n.urgency().messageKey(), n.status().messageKey(), n.status().revocable(), n.shared(),
                Formats.date(n.consentedAt()),
                n.revokedAt() == null ? "" : Formats.date(n.revokedAt()), n.version(), n.onPaper());
    }
}
