package org.jiuzhu.core.chain;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aid of the same kind given twice within {@value #DAYS} days (two medical aids, two emergency payments): the chain
 * page flags both, because one of them may duplicate the other (避免重复救助). Monthly category aid is not compared:
 * it is one decision paid every month.
 */
public final class Overlaps {

    public static final int DAYS = 30;

    private Overlaps() {
    }

    /** The ids of the entries that overlap another of the same kind. */
    public static Set<Long> in(List<ChainEntry> chain) {
        Map<String, ChainEntry> last = new HashMap<>();
        Set<Long> overlapping = new HashSet<>();
        for (ChainEntry entry : chain.stream().sorted(Comparator.comparing(ChainEntry::occurredOn)
                .thenComparing(ChainEntry::id)).toList()) {
            String kind = kind(entry);
            if (kind == null) {
                continue;
            }
            ChainEntry before = last.put(kind, entry);
            if (before != null && ChronoUnit.DAYS.between(before.occurredOn(), entry.occurredOn()) <= DAYS) {
                overlapping.add(before.id());
                overlapping.add(entry.id());
            }
        }
        return overlapping;
    }

    private static String kind(ChainEntry entry) {
        if (entry.aidKind() != null) {
            return entry.aidKind();
        }
        return entry.kind() == ChainKind.EMERGENCY_AID ? ChainKind.EMERGENCY_AID.name() : null;
    }
}
