package org.jiuzhu.matching.offer;

import jakarta.inject.Singleton;
import org.jiuzhu.matching.TargetGroup;
import org.jiuzhu.matching.search.DocumentSource;
import org.jiuzhu.matching.search.OfferDocument;
import org.jiuzhu.matching.search.Side;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Offers as the search index reads them: only published ones are searchable. */
@Singleton
class OfferDocuments implements DocumentSource<OfferDocument> {

    private final Offers offers;

    OfferDocuments(Offers offers) {
        this.offers = offers;
    }

    @Override
    public Side side() {
        return Side.OFFER;
    }

    @Override
    public Optional<OfferDocument> document(long id) {
        return offers.find(id).map(OfferDocuments::document);
    }

    @Override
    public List<OfferDocument> after(long after, int limit) {
        return offers.batchAfter(after, limit).stream().map(OfferDocuments::document).toList();
    }

    static OfferDocument document(Offer o) {
        String text = String.join(" ", o.title(), o.description(), o.goods(), o.skills()).strip();
        boolean volunteer = o.kind() == OfferKind.VOLUNTEER;
        String place = volunteer ? o.baseRegionCode() : o.regions().stream().sorted().findFirst().orElse(null);
        return new OfferDocument(o.id(), volunteer, o.aidKind().name(),
                o.targets().stream().map(TargetGroup::name).collect(Collectors.toSet()), o.regions(), place, text,
                o.base(), o.radiusKm(), o.remaining(), o.startsOn(), o.endsOn(), o.status() == OfferStatus.PUBLISHED);
    }
}
