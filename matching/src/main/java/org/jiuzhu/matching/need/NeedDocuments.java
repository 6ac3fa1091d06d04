package org.jiuzhu.matching.need;

import jakarta.inject.Singleton;
import org.jiuzhu.core.region.Regions;
import org.jiuzhu.matching.TargetGroup;
import org.jiuzhu.matching.search.DocumentSource;
import org.jiuzhu.matching.search.NeedDocument;
import org.jiuzhu.matching.search.Side;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Needs as the search index reads them: shared ones only, at village level, with the de-identified text. */
@Singleton
class NeedDocuments implements DocumentSource<NeedDocument> {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Needs needs;
    private final Regions regions;

    NeedDocuments(Needs needs, Regions regions) {
        this.needs = needs;
        this.regions = regions;
    }

    @Override
    public Side side() {
        return Side.NEED;
    }

    @Override
    public Optional<NeedDocument> document(long id) {
        return needs.find(id).map(this::document);
    }

    @Override
    public List<NeedDocument> after(long after, int limit) {
        return needs.batchAfter(after, limit).stream().map(this::document).toList();
    }

    NeedDocument document(Need n) {
        return new NeedDocument(n.id(), n.aidKind().name(),
                n.targets().stream().map(TargetGroup::name).collect(Collectors.toSet()), n.ageBand().name(),
                regions.chain(n.regionCode()), n.text(), regions.centre(n.regionCode()).orElse(null), n.urgency().level(),
                n.consentedAt().atZone(CHINA).toLocalDate(), n.shared());
    }
}
