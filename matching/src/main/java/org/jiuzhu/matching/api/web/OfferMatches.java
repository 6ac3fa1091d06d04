package org.jiuzhu.matching.api.web;

import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.matching.need.Coverage;
import org.jiuzhu.matching.need.Need;
import org.jiuzhu.matching.need.Needs;
import org.jiuzhu.matching.offer.Offer;
import org.jiuzhu.matching.search.Match;
import org.jiuzhu.matching.search.Matcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An offer's matches as the API answers them: what the index ranks, kept only while the database still says the
 * need is shared, and for staff only needs of their own region.
 */
@Singleton
class OfferMatches {

    private final Matcher matcher;
    private final Needs needs;
    private final Coverage coverage;
    private final MatchTexts texts;

    OfferMatches(Matcher matcher, Needs needs, Coverage coverage, MatchTexts texts) {
        this.matcher = matcher;
        this.needs = needs;
        this.coverage = coverage;
        this.texts = texts;
    }

    MatchView of(Offer offer, Actor actor, int limit, Locale locale) {
        List<Match> found = matcher.needsForOffer(offer.id(), actor.is(Role.CHARITY) ? limit : Matcher.MAX_LIMIT);
        List<Long> ids = found.stream().map(Match::id).toList();
        Map<Long, Need> shared = needs.sharedAmong(ids).stream()
                .filter(n -> actor.is(Role.CHARITY) || actor.scope().contains(n.regionCode()))
                .collect(Collectors.toMap(Need::id, Function.identity()));
        Map<Long, String> covers = coverage.of(ids);
        List<MatchView.Item> items = new ArrayList<>();
        for (Match m : found) {
            Need n = shared.get(m.id());
            if (n != null && items.size() < limit) {
                items.add(new MatchView.Item(items.size() + 1, m.score(), texts.reasons(m, locale),
                        texts.need(n, covers.get(m.id()), locale), null));
            }
        }
        return new MatchView(offer.id(), items);
    }
}
