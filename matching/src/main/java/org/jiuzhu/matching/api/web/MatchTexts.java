package org.jiuzhu.matching.api.web;

import jakarta.inject.Singleton;
import org.jiuzhu.core.chrome.Messages;
import org.jiuzhu.matching.TargetGroup;
import org.jiuzhu.matching.need.Need;
import org.jiuzhu.matching.offer.Offer;
import org.jiuzhu.matching.organization.Organizations;
import org.jiuzhu.matching.search.Match;
import org.jiuzhu.matching.search.Reason;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Matches as JSON: codes for what a program compares, reasons and cover in words for what a person reads. */
@Singleton
class MatchTexts {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Messages messages;
    private final Organizations organizations;

    MatchTexts(Messages messages, Organizations organizations) {
        this.messages = messages;
        this.organizations = organizations;
    }

    List<String> reasons(Match match, Locale locale) {
        return match.reasons().stream().map(r -> reason(r, locale)).toList();
    }

    private String reason(Reason r, Locale locale) {
        return messages.get(locale, r.key(), r.text())
                + r.valueKeys().stream().map(v -> messages.get(locale, v)).collect(Collectors.joining("、"));
    }

    MatchView.NeedCard need(Need n, String coverKey, Locale locale) {
        return new MatchView.NeedCard(n.id(), n.aidKind().name(), n.targets().stream().map(TargetGroup::name).toList(),
                n.ageBand().name(), n.regionCode(), n.text(), n.urgency().name(),
                ChronoUnit.DAYS.between(n.consentedAt().atZone(CHINA).toLocalDate(), LocalDate.now(CHINA)),
                coverKey == null || coverKey.isEmpty() ? null : messages.get(locale, coverKey));
    }

    MatchView.OfferCard offer(Offer o) {
        return new MatchView.OfferCard(o.id(), o.kind().name(), o.title(), organizations.name(o.organizationId()),
                o.aidKind().name(), o.remaining(), o.endsOn().toString());
    }
}
