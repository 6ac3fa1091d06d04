package org.jiuzhu.matching.need;

import jakarta.inject.Singleton;
import org.jiuzhu.core.region.Regions;
import org.jiuzhu.matching.TargetGroup;
import org.jiuzhu.matching.need.persistence.NeedStore;
import org.jiuzhu.matching.search.DocumentSource;
import org.jiuzhu.matching.search.NeedDocument;
import org.jiuzhu.matching.search.Side;

import java.time.ZoneId;
import java.util.List;
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

    // One statement each: no transaction needed, and none to open and close for every document read.
    @Override
    public Optional<NeedDocument> document(long id) {
        return store.indexed(id).map(this::document);
    }

    @Override
    public List<NeedDocument> after(long after, int limit) {
        return store.indexedAfter(after, limit).stream().map(this::document).toList();
    }

    private NeedDocument document(NeedStore.Indexed n) {
        return new NeedDocument(n.id(), n.aidKind(), TargetGroup.read(n.targetGroups()).stream().map(TargetGroup::name)
                .collect(Collectors.toSet()), n.ageBand(), regions.chain(n.regionCode()), n.text(),
                regions.centre(n.regionCode()).orElse(null), n.urgency(), n.consentedAt().atZone(CHINA).toLocalDate(),
                n.lastServed(), NeedStatus.SHARED.name().equals(n.status()));
    }
}
