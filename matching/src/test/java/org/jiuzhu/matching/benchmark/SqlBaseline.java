package org.jiuzhu.matching.benchmark;

import org.jiuzhu.matching.search.NeedDocument;
import org.jiuzhu.matching.search.Indexes;
import org.jiuzhu.matching.search.OfferDocument;
import org.jiuzhu.matching.search.SearchWords;
import org.jiuzhu.matching.search.Side;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The same two matches answered by MariaDB alone, the way one would write them without a search engine: the same
 * filters (open, places left, in period, region or radius), the same relevance signals with the same weights (kind
 * x3, each shared target group x2, each word the matcher asks for x1 and each bigram x0.3, found by
 * {@code LIKE '%word%'}) and the same boosts (closeness of the region or the volunteer's base; urgency and time
 * waited), best first; for needs, households not served with the same kind within a year first. Where Lucene weighs
 * rare words more, SQL counts every word the same.
 */
final class SqlBaseline {

    private final DataSource data;
    private final Indexes indexes;

    SqlBaseline(DataSource data, Indexes indexes) {
        this.data = data;
        this.indexes = indexes;
    }

    /** Ids of the ten best offers for a need. */
    List<Long> offersFor(NeedDocument need, LocalDate today) throws SQLException {
        List<Object> values = new ArrayList<>();
        String relevance = relevance("o.aid_kind", "o.target_groups",
                "CONCAT_WS(' ', o.title, o.description, o.goods, o.skills)", need.aidKind(), need.targets(),
                SearchWords.of(indexes, Side.OFFER, need.text()), values);
        List<String> near = need.regionChain().subList(0, Math.min(3, need.regionChain().size()));
        StringBuilder boost = new StringBuilder("(SELECT COALESCE(SUM(CASE r.region_code");
        double[] closeness = {2.0, 1.4, 0.8};
        for (int i = 0; i < near.size(); i++) {
            boost.append(" WHEN ? THEN ").append(closeness[i]);
            values.add(near.get(i));
        }
        boost.append(" ELSE 0 END), 0) FROM offer_region r WHERE r.offer_id = o.id)");
        if (need.point() != null) {
            boost.append(" + IF(o.kind = 'VOLUNTEER', 5000 / (5000 + ST_Distance_Sphere(POINT(o.longitude,"
                    + " o.latitude), POINT(?, ?))), 0)");
            values.add(need.point().longitude());
            values.add(need.point().latitude());
        }
        String chain = String.join(", ", need.regionChain().stream().map(c -> "?").toList());
        String sql = "SELECT o.id, " + relevance + " AS relevance, " + boost + " AS boost FROM offer o"
                + " WHERE o.status = 'PUBLISHED' AND o.remaining > 0 AND o.starts_on <= ? AND o.ends_on >= ?"
                + " AND ((o.kind = 'PROJECT' AND EXISTS (SELECT 1 FROM offer_region r WHERE r.offer_id = o.id"
                + " AND r.region_code IN (" + chain + ")))"
                + (need.point() == null ? "" : " OR (o.kind = 'VOLUNTEER' AND ST_Distance_Sphere(POINT(o.longitude,"
                + " o.latitude), POINT(?, ?)) <= o.radius_km * 1000)")
                + ") HAVING relevance > 0 ORDER BY relevance + boost DESC, o.id LIMIT 10";
        values.add(Date.valueOf(today));
        values.add(Date.valueOf(today));
        values.addAll(need.regionChain());
        if (need.point() != null) {
            values.add(need.point().longitude());
            values.add(need.point().latitude());
        }
        return ids(sql, values);
    }

    /** Ids of the ten best shared needs for an offer. */
    List<Long> needsFor(OfferDocument offer, LocalDate today) throws SQLException {
        List<Object> values = new ArrayList<>();
        String relevance = relevance("n.aid_kind", "n.target_groups", "n.text", offer.aidKind(), offer.targets(),
                SearchWords.of(indexes, Side.NEED, offer.text()), values);
        String boost = "n.urgency / (n.urgency + 2) + 0.5 * 182.5 / (182.5 + ABS(DATEDIFF(n.consented_at, ?)))";
        values.add(Date.valueOf(today.minusDays(730)));
        String from = "need n";
        String where;
        if (offer.volunteer() && offer.base() != null && offer.radiusKm() != null) {
            boost += " + 5000 / (5000 + ST_Distance_Sphere(POINT(g.longitude, g.latitude), POINT(?, ?)))";
            values.add(offer.base().longitude());
            values.add(offer.base().latitude());
            from = "need n JOIN region g ON g.code = n.region_code";
            where = "ST_Distance_Sphere(POINT(g.longitude, g.latitude), POINT(?, ?)) <= ?";
            values.add(offer.base().longitude());
            values.add(offer.base().latitude());
            values.add(offer.radiusKm() * 1000.0);
        } else {
            where = "(" + String.join(" OR ", offer.regions().stream().map(c -> "n.region_code LIKE ?").toList()) + ")";
            offer.regions().forEach(code -> values.add(prefix(code) + "%"));
        }
        String sql = "SELECT n.id, " + relevance + " AS relevance, " + boost + " AS boost FROM " + from
                + " WHERE n.status = 'SHARED' AND " + where
                + " HAVING relevance > 0 ORDER BY EXISTS (SELECT 1 FROM assistance_chain c"
                + " WHERE c.household_bidx = n.household_bidx AND c.aid_kind = n.aid_kind AND c.occurred_on >= ?),"
                + " relevance + boost DESC, n.id LIMIT 10";
        values.add(Date.valueOf(today.minusDays(365)));
        return ids(sql, values);
    }

    /** The relevance expression; its values are added to {@code values} in the order they appear. */
    private static String relevance(String kindColumn, String targetColumn, String textColumn, String kind,
                                Set<String> targets, SearchWords.Picked words, List<Object> values) {
        StringBuilder score = new StringBuilder("(" + kindColumn + " = ?) * 3");
        values.add(kind);
        for (String target : targets) {
            score.append(" + (FIND_IN_SET(?, ").append(targetColumn).append(") > 0) * 2");
            values.add(target);
        }
        for (String word : words.words()) {
            score.append(" + (").append(textColumn).append(" LIKE ?)");
            values.add("%" + word + "%");
        }
        for (String bigram : words.bigrams()) {
            score.append(" + (").append(textColumn).append(" LIKE ?) * 0.3");
            values.add("%" + bigram + "%");
        }
        return score.toString();
    }

    /** The significant digits of a division code: 98, 9801, 980102, 980102003. */
    static String prefix(String code) {
        if (!code.endsWith("000")) {
            return code;
        }
        if (!code.substring(6, 9).equals("000")) {
            return code.substring(0, 9);
        }
        if (!code.substring(4, 6).equals("00")) {
            return code.substring(0, 6);
        }
        return code.substring(2, 4).equals("00") ? code.substring(0, 2) : code.substring(0, 4);
    }

    private List<Long> ids(String sql, List<Object> values) throws SQLException {
        try (Connection connection = data.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }
}
