package org.jiuzhu.matching.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** Ranked matches with their reasons, in the language the jiuzhu-lang cookie names (Chinese by default). */
@Serdeable
public record MatchView(long id, List<Item> matches) {

    /** One match; {@code need} for an offer's matches, {@code offer} for a need's. */
    @Serdeable
    public record Item(int rank, float score, List<String> reasons, @Nullable NeedCard need, @Nullable OfferCard offer) {
    }

    /** A need as charities may see it: never a name, ID, phone or address. */
    @Serdeable
    public record NeedCard(long id, String aidKind, List<String> targets, String ageBand, String regionCode,
                           String text, String urgency, long waitingDays,
                           @Schema(description = "government aid of this kind already in place, if any") @Nullable String coveredBy) {
    }

    @Serdeable
    public record OfferCard(long id, String kind, String title, String organization, String aidKind, int remaining,
                            String endsOn) {
    }
}
