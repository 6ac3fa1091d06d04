package org.jiuzhu.matching.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.search.IndexSearcher;

import java.io.IOException;
import java.util.List;

/** A hand-made corpus in an index written exactly as the product writes its own, searched once. */
final class InMemoryIndex {

    private InMemoryIndex() {
    }

    /** {@code segments} > 1 commits the documents in that many parts, so searches cross segments as they do live. */
    static <T> T search(Analysis analysis, List<Document> documents, int segments, Indexes.SearchCall<T> call)
            throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, Index.config(analysis))) {
                int perSegment = Math.max(1, (documents.size() + segments - 1) / segments);
                for (int i = 0; i < documents.size(); i++) {
                    writer.addDocument(documents.get(i));
                    if ((i + 1) % perSegment == 0) {
                        writer.commit();
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return call.run(new IndexSearcher(reader));
            }
        }
    }
}
