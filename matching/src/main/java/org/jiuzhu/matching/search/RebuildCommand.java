package org.jiuzhu.matching.search;

import io.micronaut.context.ApplicationContext;

import java.util.Map;

/**
 * Rebuilds this node's two indexes from the database and exits. Run it with the node stopped (the index folder is
 * locked while the node runs; in embedded mode the database folder is too):
 * {@code ./mvnw -q compile exec:java -Dexec.mainClass=org.jiuzhu.matching.search.RebuildCommand}. A node also
 * rebuilds by itself at start when its indexes are missing or stale; this is for an index suspected of damage.
 */
public final class RebuildCommand {

    private RebuildCommand() {
    }

    public static void main(String[] args) {
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("jiuzhu.search.indexer", false))
                .start()) {
            Indexes indexes = context.getBean(Indexes.class);
            long started = System.nanoTime();
            indexes.rebuild();
            long millis = (System.nanoTime() - started) / 1_000_000;
            Matcher matcher = context.getBean(Matcher.class);
            System.out.printf("Rebuilt the search indexes of %s in %d ms: %d offers, %d needs searchable.%n",
                    indexes.node(), millis, matcher.size(Side.OFFER), matcher.size(Side.NEED));
        }
        // The embedded database's process watcher is not a daemon thread; exiting runs its shutdown hook.
        System.exit(0);
    }
}
