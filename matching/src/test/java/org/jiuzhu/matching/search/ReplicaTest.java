package org.jiuzhu.matching.search;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.jiuzhu.Cases;
import org.jiuzhu.Database;
import org.jiuzhu.WebSession;
import org.jiuzhu.matching.Charities;
import org.jiuzhu.matching.Matchmaking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Other app nodes on the same database, each with its own index replica: this test's server is one node, and the
 * test starts more in the same JVM (the embedded MariaDB serves them all). A node that was down, or died in the
 * middle of applying the outbox, converges with the database when it starts again.
 */
@MicronautTest(transactional = false)
class ReplicaTest {

    private final EmbeddedServer server;
    private final Cases cases;
    private final Matchmaking matchmaking;
    private final DataSource db;

    ReplicaTest(EmbeddedServer server, Cases cases, Matchmaking matchmaking, DataSource dataSource) {
        this.server = server;
        this.cases = cases;
        this.matchmaking = matchmaking;
        this.db = Database.raw(dataSource);
    }

    private static ApplicationContext node(Path folder, String name, boolean indexer) {
        return ApplicationContext.run(Map.of("jiuzhu.search.dir", folder.toString(), "jiuzhu.search.node", name,
                "jiuzhu.search.indexer", indexer, "jiuzhu.search.poll", "200ms"), "test");
    }

    @Test
    void aChangeMadeThroughOneNodeReachesAnotherNodesReplicaAndItsRevocationToo(@TempDir Path folder) {
        try (ApplicationContext other = node(folder, "replica-b", true)) {
            Matcher matcher = other.getBean(Matcher.class);
            Charities.Charity charity = matchmaking.verifiedCharity();
            long offer = matchmaking.publishedProject(charity, 5);
            Cases.Case household = cases.approved();
            WebSession resident = Cases.residentSession(server, household);
            long need = matchmaking.sharedNeed(household, resident);

            await(() -> matcher.needsForOffer(offer, 100).stream().anyMatch(m -> m.id() == need));

            assertThat(resident.submit("/charity-help", "/charity-help/" + need + "/revoke", Map.of()).status())
                    .isEqualTo(303);
            await(() -> matcher.needsForOffer(offer, 100).stream().noneMatch(m -> m.id() == need));
            long last = Database.number(db, "SELECT MAX(id) FROM search_outbox");
            await(() -> Database.number(db, "SELECT position FROM search_node WHERE node = 'replica-b'") >= last);
            assertConverged(other);
        }
    }

    @Test
    void theNodeAChangeIsMadeThroughHasItInItsIndexAndHasReportedItsPositionWhenTheRequestAnswers() {
        Charities.Charity charity = matchmaking.verifiedCharity();
        long offer = matchmaking.publishedProject(charity, 5);
        long change = Database.number(db, "SELECT MAX(id) FROM search_outbox");

        String node = server.getApplicationContext().getBean(Indexes.class).node();
        // Read at once, without waiting for a poll: the pruning of the outbox goes by these reports.
        assertThat(Database.number(db, "SELECT position FROM search_node WHERE node = ?", node))
                .isGreaterThanOrEqualTo(change);
        Indexes indexes = server.getApplicationContext().getBean(Indexes.class);
        Integer found = indexes.search(Side.OFFER, searcher -> searcher.count(
                new TermQuery(new Term(Documents.ID, Long.toString(offer)))));
        assertThat(found).isEqualTo(1);
    }

    @Test
    void aNodeThatDiedHalfwayThroughTheOutboxConvergesWithTheDatabaseWhenItStartsAgain(@TempDir Path folder)
            throws Exception {
        long before;
        long lost;
        long owner;
        try (ApplicationContext crashed = node(folder, "replica-c", false)) {
            Indexer indexer = crashed.getBean(Indexer.class);
            indexer.catchUp();
            before = indexer.position();

            Charities.Charity charity = matchmaking.verifiedCharity();
            long offer = matchmaking.publishedProject(charity, 5);
            Cases.Case household = cases.approved();
            long need = matchmaking.sharedNeed(household, Cases.residentSession(server, household));
            assertThat(crashed.getBean(Matcher.class).needsForOffer(offer, 100)).noneMatch(m -> m.id() == need);

            // The need's change is applied to the index, then the node dies before the commit that records it.
            Indexes indexes = crashed.getBean(Indexes.class);
            Changes.put(indexes.index(Side.NEED), indexes.source(Side.NEED).document(need).orElseThrow());
            lost = need;
            owner = offer;
        }

        try (ApplicationContext down = node(folder, "replica-c", false)) {
            Indexes indexes = down.getBean(Indexes.class);
            assertThat(indexed(indexes, Side.NEED)).doesNotContain(lost);
            assertThat(indexes.index(Side.NEED).position()).isEqualTo(before);
        }

        try (ApplicationContext restarted = node(folder, "replica-c", true)) {
            assertThat(restarted.getBean(Indexer.class).position()).isGreaterThan(before);
            assertThat(restarted.getBean(Matcher.class).needsForOffer(owner, 100)).anyMatch(m -> m.id() == lost);
            assertConverged(restarted);
        }
    }

    /** The replica holds exactly the documents the database says are searchable, on both sides. */
    private static void assertConverged(ApplicationContext node) {
        Indexes indexes = node.getBean(Indexes.class);
        node.getBean(Indexer.class).catchUp();
        for (Side side : Side.values()) {
            assertThat(indexed(indexes, side)).as(side.name()).isEqualTo(IndexFolder.searchable(node, side));
        }
    }

    private static Set<Long> indexed(Indexes indexes, Side side) {
        return indexes.search(side, searcher -> {
            ScoreDoc[] all = searcher.search(new MatchAllDocsQuery(), Math.max(1, searcher.getIndexReader().numDocs()))
                    .scoreDocs;
            Set<Long> ids = new HashSet<>();
            Hit.of(searcher.getIndexReader(), all, side).values().forEach(hit -> ids.add(hit.id()));
            // Exactly once: a change applied again after a crash replaces its document instead of adding another.
            assertThat(all).as("documents of " + side + " per id").hasSize(ids.size());
            return ids;
        });
    }

    /** Waits for another node's poll: up to 20 seconds, checking every 100 ms. */
    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the other node did not catch up within 20 s").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
