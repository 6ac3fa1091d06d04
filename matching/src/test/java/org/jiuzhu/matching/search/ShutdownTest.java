package org.jiuzhu.matching.search;

import io.micronaut.context.ApplicationContext;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A node's indexes, once closed at shutdown, are not opened again by an indexing round still running: that round
 * would take the index's write lock for good, and the next node started in the same process (a restart, the next
 * test) could not open its index.
 */
class ShutdownTest {

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
}
