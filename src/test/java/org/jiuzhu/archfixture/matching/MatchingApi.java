package org.jiuzhu.archfixture.matching;

import org.jiuzhu.archfixture.matching.engine.MatchingEngine;

/** Good: the root package of matching, the only one other areas may use; it may use its own internals. */
public final class MatchingApi {

    private MatchingApi() {
    }

    public static int bestScore(String query) {
        return new MatchingEngine().score(query);
    }
}
