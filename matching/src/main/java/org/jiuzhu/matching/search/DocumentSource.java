package org.jiuzhu.matching.search;

import java.util.List;
import java.util.Optional;

/**
 * Where the indexer reads one side from: implemented by the offer and need features, so search depends on neither.
 * Sources read the database as it is now; applying the same change twice gives the same index.
 */
public interface DocumentSource<D> {

    Side side();

    Optional<D> document(long id);

    /** Documents with ids above {@code after}, in id order, at most {@code limit}: for rebuilding. */
    List<D> after(long after, int limit);
}
