package org.jiuzhu.matching.benchmark;

import org.jiuzhu.matching.search.DocumentSource;
import org.jiuzhu.matching.search.NeedDocument;
import org.jiuzhu.matching.search.OfferDocument;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The queries: shared needs and published offers of the corpus drawn at random (seeded), read through the same
 * document sources the indexer uses, so Lucene and SQL are asked about exactly the same documents.
 */
final class Samples {

    private final DataSource data;
    private final DocumentSource<NeedDocument> needs;
    private final DocumentSource<OfferDocument> offers;
    private final long seed;

    Samples(DataSource data, DocumentSource<NeedDocument> needs, DocumentSource<OfferDocument> offers, long seed) {
        this.data = data;
        this.needs = needs;
        this.offers = offers;
        this.seed = seed;
    }

    List<NeedDocument> needs(int count) throws SQLException {
        List<NeedDocument> documents = new ArrayList<>(count);
        for (long id : draw("SELECT id FROM need WHERE region_code LIKE '98%' AND status = 'SHARED'", count)) {
            needs.document(id).ifPresent(documents::add);
        }
        return documents;
    }

    List<OfferDocument> offers(int count) throws SQLException {
        List<OfferDocument> documents = new ArrayList<>(count);
        for (long id : draw("SELECT o.id FROM offer o JOIN charity_organization c ON c.id = o.organization_id"
                + " WHERE c.region_code LIKE '98%' AND o.status = 'PUBLISHED'", count)) {
            offers.document(id).ifPresent(documents::add);
        }
        return documents;
    }

    private List<Long> draw(String sql, int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = data.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        Collections.shuffle(ids, new Random(seed));
        return ids.subList(0, Math.min(count, ids.size()));
    }
}
