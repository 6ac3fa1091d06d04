package org.jiuzhu.matching.need;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.chain.AssistanceChain;
import org.jiuzhu.matching.need.persistence.NeedStore;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@link GovernmentCover} flags of a page of needs; only the flag leaves, never the chain behind it. */
@Singleton
public class Coverage {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final NeedStore store;
    private final AssistanceChain chain;
    private final Clock clock;

    Coverage(NeedStore store, AssistanceChain chain, Clock clock) {
        this.store = store;
        this.chain = chain;
        this.clock = clock;
    }

    /** Need id to the message key of the government aid already in place, for the needs that have one. */
    @Transactional(readOnly = true)
    public Map<Long, String> of(List<Long> needIds) {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        Map<Long, String> flags = new HashMap<>();
        for (Long id : needIds) {
            store.find(id).ifPresent(row -> GovernmentCover.of(Needs.need(row).aidKind(),
                    chain.ofHousehold(row.householdBidx()), today).ifPresent(key -> flags.put(id, key)));
        }
        return flags;
    }
}
