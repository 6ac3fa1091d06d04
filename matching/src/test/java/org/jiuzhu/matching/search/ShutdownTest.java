package org.jiuzhu.matching.search;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.jiuzhu.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A node's indexes, once closed at shutdown, are not opened again by an indexing round still running: that round
 * would take the index's write lock for good, and the next node started in the same process (a restart, the next
 * test) could not open its index.
 */
@MicronautTest(transactional = false)
class ShutdownTest {

    private final DataSource db;

    ShutdownTest(DataSource dataSource) {
        this.db = Database.raw(dataSource);
    }

    @Test
    void closedIndexesRefuseToOpenAgainAndLeaveTheirWriteLockFree(@TempDir Path folder) throws Exception {
        try (ApplicationContext node = ApplicationContext.run(Map.of("jiuzhu.search.dir", folder.toString(),
                "jiuzhu.search.node", "shutdown-test", "jiuzhu.search.indexer", false), "test")) {
            Indexes indexes = node.getBean(Indexes.class);
            indexes.open();
            indexes.close();

            assertThatThrownBy(() -> indexes.index(Side.OFFER)).isInstanceOf(IllegalStateException.class);
            node.getBean(Indexer.class).catchUp();
            assertThat(indexes.closed()).isTrue();
            for (Side side : Side.values()) {
                Path index = folder.resolve(side.name().toLowerCase(java.util.Locale.ROOT));
                try (FSDirectory directory = FSDirectory.open(index);
                     IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                    assertThat(writer.isOpen()).isTrue();
                }
            }
        }
    }

    @Test
    void aNodeStoppedInTheMiddleOfAnIndexingRoundLetsTheRoundCommitAndLeavesTheIndexWhole(@TempDir Path folder)
            throws Exception {
        Logger log = (Logger) LoggerFactory.getLogger(Indexer.class);
        ListAppender<ILoggingEvent> warnings = new ListAppender<>();
        warnings.start();
        log.addAppender(warnings);
        long reported;
        try {
            try (ApplicationContext node = ApplicationContext.run(Map.of("jiuzhu.search.dir", folder.toString(),
                    "jiuzhu.search.node", "shutdown-round", "jiuzhu.search.poll", "5ms"), "test")) {
                long start = Database.number(db, "SELECT COALESCE(MAX(id), 0) FROM search_outbox");
                // Changes of rows that do not exist: each is one lookup and one delete, ten batches in all.
                Database.update(db, "INSERT INTO search_outbox (side, entity_id, created_at) VALUES "
                        + IntStream.range(0, 5000).mapToObj(i -> "('NEED', " + (900_000_000 + i) + ", NOW())")
                        .collect(Collectors.joining(", ")));
                awaitReported(start);
            }
            reported = Database.number(db, "SELECT position FROM search_node WHERE node = 'shutdown-round'");
        } finally {
            log.detachAppender(warnings);
        }

        assertThat(warnings.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).isEmpty();
        for (Side side : Side.values()) {
            Path index = folder.resolve(side.name().toLowerCase(java.util.Locale.ROOT));
            try (FSDirectory directory = FSDirectory.open(index);
                 DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(Long.parseLong(reader.getIndexCommit().getUserData().get(Index.POSITION)))
                        .isEqualTo(reported);
            }
            try (FSDirectory directory = FSDirectory.open(index);
                 IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                assertThat(writer.isOpen()).isTrue();
            }
        }
    }

    private void awaitReported(long beyond) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Database.number(db, "SELECT COALESCE(MAX(position), 0) FROM search_node WHERE node = 'shutdown-round'")
                <= beyond) {
            assertThat(Instant.now()).as("the indexer's first batch").isBefore(until);
            Thread.sleep(5);
        }
    }
}
