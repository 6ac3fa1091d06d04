package org.jiuzhu.matching.search;

import java.io.IOException;

/** Writes one document of either side into an index: searchable ones are put, the others removed. */
final class Changes {

    private Changes() {
    }

    /** Answers the document's id. */
    static long put(Index index, Object document) throws IOException {
        if (document instanceof OfferDocument o) {
            if (o.searchable()) {
                index.put(Long.toString(o.id()), Documents.offer(o));
            } else {
                index.remove(Long.toString(o.id()));
            }
            return o.id();
        }
        NeedDocument n = (NeedDocument) document;
        if (n.searchable()) {
            index.put(Long.toString(n.id()), Documents.need(n));
        } else {
            index.remove(Long.toString(n.id()));
        }
        return n.id();
    }
}
