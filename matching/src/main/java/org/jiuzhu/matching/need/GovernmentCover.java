package org.jiuzhu.matching.need;

import org.jiuzhu.core.chain.ChainEntry;
import org.jiuzhu.core.chain.ChainKind;
import org.jiuzhu.matching.AidKind;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether government aid of a need's kind is already in place for the household, read from its assistance chain
 * (避免重复救助). A charity still may help, but sees the flag first. The household's categories are those of its
 * latest approval, until it exits; dibao and destitute support cover basic living, destitute support also care,
 * and every category brings medical aid (Hubei: premium subsidy and in-patient reimbursement for all of them);
 * emergency aid paid in the last three months covers basic living for now.
 */
public final class GovernmentCover {

    static final int EMERGENCY_DAYS = 90;

    private GovernmentCover() {
    }

    /** The message key naming the government aid in place, or empty. */
    public static Optional<String> of(AidKind kind, List<ChainEntry> chain, LocalDate today) {
        Set<String> categories = new HashSet<>();
        boolean emergency = false;
        for (ChainEntry entry : chain) {
            if (entry.kind() == ChainKind.APPROVAL) {
                categories = new HashSet<>(entry.categories());
            } else if (entry.kind() == ChainKind.EXIT) {
                categories.clear();
            } else if (entry.kind() == ChainKind.EMERGENCY_AID && !entry.occurredOn().isBefore(today.minusDays(EMERGENCY_DAYS))) {
                emergency = true;
            }
        }
        boolean destitute = categories.contains("EXTREME_HARDSHIP");
        return Optional.ofNullable(switch (kind) {
            case LIVING -> destitute ? "matching.cover.support" : categories.contains("DIBAO") ? "matching.cover.dibao"
                    : emergency ? "matching.cover.emergency" : null;
            case CARE -> destitute ? "matching.cover.support" : null;
            case MEDICAL -> categories.isEmpty() ? null : "matching.cover.medical";
            default -> null;
        });
    }
}
