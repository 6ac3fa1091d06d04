package org.jiuzhu.archfixture.admin.desk;

import org.jiuzhu.archfixture.matching.MatchingApi;

/** Good: an admin class that uses only the root package of matching. */
public class AdminDesk {

    public String name() {
        return "desk " + MatchingApi.bestScore("admin");
    }
}
