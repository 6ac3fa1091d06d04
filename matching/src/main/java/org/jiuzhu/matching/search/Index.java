package org.jiuzhu.matching.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One side's index on disk with its writer and near-real-time searcher. Each commit carries the outbox position it
 * reflects and the database it was built from, so position and content can never disagree after a crash.
 */
final class Index implements Closeable {

    /** Bump when documents or analysis change: older indexes are rebuilt at start. */
    static final String SCHEMA = "8";
    /**
     * The documents of one place sit together, so a region filter reads a few runs of neighbouring documents and
     * each word's postings are read in order instead of being skipped through the whole index.
     */
    private static final Sort BY_PLACE = new Sort(new SortField(Documents.PLACE, SortField.Type.STRING));
    /** The outbox's small changes never come close; a rebuild flushes larger segments. */
    private static final double RAM_BUFFER_MB = 64;
    private static final double BULK_RAM_BUFFER_MB = 128;
    static final String POSITION = "position";
    private static final String DATABASE = "database";
    private static final String SCHEMA_KEY = "schema";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    Index(Path folder, Analysis analysis) throws IOException {
        Files.createDirectories(folder);
        this.directory = FSDirectory.open(folder);
        // Only commit() makes changes durable, always with their position: closing behaves like a crash, and what
        // was applied since the last commit is applied again from the outbox on the next start. An index of another
        // schema is started afresh (and then rebuilt): its sort order may not be changed in place.
        IndexWriter opened = null;
        try {
            opened = new IndexWriter(directory, config(analysis)
                    .setOpenMode(ofThisSchema(directory) ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
                            : IndexWriterConfig.OpenMode.CREATE)
                    .setCommitOnClose(false).setRAMBufferSizeMB(RAM_BUFFER_MB));
            this.searchers = new SearcherManager(opened, new SearcherFactory());
        } catch (IOException | RuntimeException e) {
            // A writer left open here would hold the folder's write lock for as long as the process lives.
            IOUtils.closeWhileHandlingException(opened, directory);
            throw e;
        }
        this.writer = opened;
    }

    /** How every index of the engine is written: its analysis and its order (tests build theirs the same way). */
    static IndexWriterConfig config(Analysis analysis) {
        return new IndexWriterConfig(analysis.indexing()).setIndexSort(BY_PLACE);
    }

    private static boolean ofThisSchema(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return true;
        }
        List<IndexCommit> commits = DirectoryReader.listCommits(directory);
        return SCHEMA.equals(commits.get(commits.size() - 1).getUserData().get(SCHEMA_KEY));
    }

    /** The committed metadata, empty for an index never committed. */
    Map<String, String> committed() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Map.of();
        }
        Map<String, String> data = new HashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        return data;
    }

    /** Whether this index reflects {@code database} up to a position the outbox still covers. */
    boolean current(String database, long prunedTo, long lastOutboxId) throws IOException {
        Map<String, String> data = committed();
        if (!SCHEMA.equals(data.get(SCHEMA_KEY)) || !database.equals(data.get(DATABASE))) {
            return false;
        }
        long position = Long.parseLong(data.getOrDefault(POSITION, "-1"));
        return position >= prunedTo && position <= lastOutboxId;
    }

    long position() throws IOException {
        return Long.parseLong(committed().getOrDefault(POSITION, "0"));
    }

    void put(String id, Document document) throws IOException {
        writer.updateDocument(new Term(Documents.ID, id), document);
    }

    /** For a document known to be absent: cheaper than {@link #put}, which first deletes by id. */
    void add(Document document) throws IOException {
        writer.addDocument(document);
    }

    void remove(String id) throws IOException {
        writer.deleteDocuments(new Term(Documents.ID, id));
    }

    void updateRemaining(String id, long remaining) throws IOException {
        writer.updateNumericDocValue(new Term(Documents.ID, id), Documents.REMAINING, remaining);
    }

    /**
     * For a bulk load: no merging while documents come in (each would be rewritten several times as segments
     * cascade), in larger flushes.
     */
    void startBulk() {
        writer.getConfig().setMergePolicy(NoMergePolicy.INSTANCE).setRAMBufferSizeMB(BULK_RAM_BUFFER_MB);
    }

    /**
     * After a bulk load: back to merging as usual, after one merge into one segment, so every later search sets up
     * once instead of once per segment; the small segments later changes add are merged as they come.
     */
    void settle() throws IOException {
        writer.getConfig().setMergePolicy(new TieredMergePolicy()).setRAMBufferSizeMB(RAM_BUFFER_MB);
        writer.forceMerge(1);
    }

    void clear() throws IOException {
        writer.deleteAll();
    }

    /** Makes the changes durable with their position, then visible to new searches. */
    void commit(long position, String database) throws IOException {
        writer.setLiveCommitData(Map.of(POSITION, Long.toString(position), DATABASE, database,
                SCHEMA_KEY, SCHEMA).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    @Override
    public void close() throws IOException {
        // Each one closed even when an earlier one fails: the writer holds the folder's write lock.
        IOUtils.close(searchers, writer, directory);
    }
}
