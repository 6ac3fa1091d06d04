package org.jiuzhu.matching.search;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.lucene.search.IndexSearcher;
import org.jiuzhu.EmbeddedMode;
import org.jiuzhu.matching.search.persistence.OutboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * This node's two indexes under the data folder ({@code search/offer}, {@code search/need}). Opened at start and
 * rebuilt from the database when missing or stale: built from another database, of an older schema, or behind
 * what the outbox still holds.
 */
@Singleton
public class Indexes {

    private static final Logger LOG = LoggerFactory.getLogger(Indexes.class);
    private static final int BATCH = 2000;

    private final Path folder;
    private final String node;
    private final OutboxStore outbox;
    private final Map<Side, DocumentSource<?>> sources = new EnumMap<>(Side.class);
    private final Analysis analysis = new Analysis();
    private final Map<Side, Index> open = new EnumMap<>(Side.class);
    /** Once closed, never opened again: an indexing round still running at shutdown would hold the write lock. */
    private boolean closed;

    Indexes(@Value("${jiuzhu.search.dir:}") String configured, @Value("${jiuzhu.search.node:}") String node,
            OutboxStore outbox, List<DocumentSource<?>> sources) {
        this.folder = configured.isBlank() ? EmbeddedMode.dataDir().resolve("search") : Paths.get(configured).toAbsolutePath();
        this.node = node.isBlank() ? "node-" + shortHash(folder.toString()) : node;
        this.outbox = outbox;
        sources.forEach(s -> this.sources.put(s.side(), s));
    }

    /** Which node this is, as recorded in search_node. */
    public String node() {
        return node;
    }

    Analysis analysis() {
        return analysis;
    }

    /** Opens both indexes, rebuilding the stale ones; answers the position the indexer continues from. */
    synchronized long open() {
        refuseWhenClosed();
        try {
            OutboxStore.Database database = outbox.database();
            long last = outbox.last();
            long position = Long.MAX_VALUE;
            for (Side side : Side.values()) {
                Index index = open.computeIfAbsent(side, this::create);
                if (!index.current(database.instanceId(), database.prunedTo(), last)) {
                    rebuild(side, index, database.instanceId());
                }
                position = Math.min(position, index.position());
            }
            return position;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rebuilds both sides from the database; the outbox position is read first, so nothing after it is missed. */
    public synchronized void rebuild() {
        refuseWhenClosed();
        String database = outbox.database().instanceId();
        for (Side side : Side.values()) {
            // Not index(side): that opens the indexes and would rebuild a stale one first, then again here.
            rebuild(side, open.computeIfAbsent(side, this::create), database);
        }
    }

    private void rebuild(Side side, Index index, String database) {
        long started = System.nanoTime();
        long position = outbox.last();
        try {
            index.clear();
            index.startBulk();
            long count = new BulkLoad(index, sources.get(side), BATCH, Runtime.getRuntime().availableProcessors()).run();
            long loaded = System.nanoTime();
            index.settle();
            index.commit(position, database);
            LOG.info("Rebuilt the {} index of {} from the database: {} documents in {} ms (the last {} ms flushing)",
                    side, node, count, (System.nanoTime() - started) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized Index index(Side side) {
        refuseWhenClosed();
        Index index = open.get(side);
        if (index == null) {
            open();
            index = open.get(side);
        }
        return index;
    }

    DocumentSource<?> source(Side side) {
        return sources.get(side);
    }

    /** Runs a search on the side's current searcher. */
    <T> T search(Side side, SearchCall<T> call) {
        Index index = index(side);
        try {
            IndexSearcher searcher = index.acquire();
            try {
                return call.run(searcher);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A search against one searcher. */
    interface SearchCall<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    @PreDestroy
    synchronized void close() throws IOException {
        closed = true;
        for (Index index : open.values()) {
            index.close();
        }
        open.clear();
    }

    synchronized boolean closed() {
        return closed;
    }

    private void refuseWhenClosed() {
        if (closed) {
            throw new IllegalStateException("the search indexes are closed");
        }
    }

    private Index create(Side side) {
        try {
            return new Index(folder.resolve(side.name().toLowerCase(java.util.Locale.ROOT)), analysis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
