package org.jiuzhu.matching.search;

import io.micronaut.context.ApplicationContext;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A node's index as its last commit left it, and what the database says should be in it: for tests that crash a
 * node, in the same JVM or with {@code kill -9}, and then check that it holds every searchable document exactly once.
 * Reading the folder needs no write lock, so the node may be running.
 */
public final class IndexFolder {

    private IndexFolder() {
    }

    /** The outbox position of the last commit, the ids indexed, and how many documents hold them. */
    public record Contents(long position, Set<Long> ids, int documents) {

        /** A change applied twice replaces its document; a second document for one id would be a duplicate. */
        public boolean eachOnce() {
            return ids.size() == documents;
        }
    }

    /** {@code folder} is the node's search folder ({@code jiuzhu.search.dir}, by default the data folder's "search"). */
    public static Contents read(Path folder, Side side) throws IOException {
        try (Directory directory = FSDirectory.open(folder.resolve(side.name().toLowerCase(Locale.ROOT)));
             DirectoryReader reader = DirectoryReader.open(directory)) {
            ScoreDoc[] all = new IndexSearcher(reader)
                    .search(new MatchAllDocsQuery(), Math.max(1, reader.numDocs())).scoreDocs;
            Set<Long> ids = new HashSet<>();
            Hit.of(reader, all, side).values().forEach(hit -> ids.add(hit.id()));
            long position = Long.parseLong(reader.getIndexCommit().getUserData().getOrDefault(Index.POSITION, "-1"));
            return new Contents(position, ids, all.length);
        }
    }

    /** The ids the database says are searchable now, read by the product's own document sources. */
    public static Set<Long> searchable(ApplicationContext context, Side side) {
        DocumentSource<?> source = context.getBean(Indexes.class).source(side);
        Set<Long> ids = new HashSet<>();
        long after = 0;
        for (List<?> batch = source.after(after, 1000); !batch.isEmpty(); batch = source.after(after, 1000)) {
            for (Object document : batch) {
                if (document instanceof OfferDocument o) {
                    after = o.id();
                    if (o.searchable()) {
                        ids.add(o.id());
                    }
                } else if (document instanceof NeedDocument n) {
                    after = n.id();
                    if (n.searchable()) {
                        ids.add(n.id());
                    }
                }
            }
        }
        return ids;
    }
}
