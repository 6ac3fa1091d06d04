package org.jiuzhu.matching.need;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.region.Regions;
import org.jiuzhu.matching.TargetGroup;
import org.jiuzhu.matching.need.persistence.NeedStore;
import org.jiuzhu.matching.search.DocumentSource;
import org.jiuzhu.matching.search.NeedDocument;
import org.jiuzhu.matching.search.Side;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Needs as the search index reads them: shared ones only, at village level, with the de-identified text and when
 * the household was last served with the same kind of aid.
 */
@Singleton
class NeedDocuments implements DocumentSource<NeedDocument> {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final NeedStore store;
    private final Regions regions;

    NeedDocuments(NeedStore store, Regions regions) {
        this.store = store;
        this.regions = regions;
    }

    @Override
    public Side side() {
        return Side.NEED;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<NeedDocument> document(long id) {
        return store.find(id).map(row -> document(Needs.need(row), store.lastServed(List.of(id)).get(id)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<NeedDocument> after(long after, int limit) {
        List<NeedStore.Row> rows = store.batchAfter(after, limit);
        Map<Long, LocalDate> served = store.lastServed(rows.stream().map(NeedStore.Row::id).toList());
        return rows.stream().map(row -> document(Needs.need(row), served.get(row.id()))).toList();
    }

    NeedDocument document(Need n, LocalDate lastServed) {
        return new NeedDocument(n.id(), n.aidKind().name(),
                n.targets().stream().map(TargetGroup::name).collect(Collectors.toSet()), n.ageBand().name(),
                regions.chain(n.regionCode()), n.text(), regions.centre(n.regionCode()).orElse(null), n.urgency().level(),
                n.consentedAt().atZone(CHINA).toLocalDate(), lastServed, n.shared());
    }
}
