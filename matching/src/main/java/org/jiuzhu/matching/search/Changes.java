package org.jiuzhu.matching.search;

import java.io.IOException;

/** Writes one document of either side into an index: searchable ones are put, the others removed. */
final class Changes {

    private Changes() {
    }

    /** Answers the document's id. */
    static long put(Index index, Object document) throws IOException {
        if (searchable(document)) {
            index.put(Long.toString(id(document)), lucene(document));
        } else {
            index.remove(Long.toString(id(document)));
        }
        return id(document);
    }

    /** Into an index known not to hold the document (a rebuild): adds it if searchable, answers whether it did. */
    static boolean add(Index index, Object document) throws IOException {
        if (!searchable(document)) {
            return false;
        }
        index.add(lucene(document));
        return true;
    }

    static long id(Object document) {
        return document instanceof OfferDocument o ? o.id() : ((NeedDocument) document).id();
    }

    private static boolean searchable(Object document) {
        return document instanceof OfferDocument o ? o.searchable() : ((NeedDocument) document).searchable();
    }

    private static org.apache.lucene.document.Document lucene(Object document) {
        return document instanceof OfferDocument o ? Documents.offer(o) : Documents.need((NeedDocument) document);
    }
}
