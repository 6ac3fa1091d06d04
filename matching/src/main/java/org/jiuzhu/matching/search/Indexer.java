package org.jiuzhu.matching.search;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.jiuzhu.matching.search.persistence.OutboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Keeps this node's indexes current from the outbox: rows are applied in id order from the node's own position, and
 * the position is committed inside the index with the changes. A crash before that commit re-applies the same rows,
 * which gives the same documents. Runs after every local commit and polls for other nodes' changes.
 * <p>
 * Auto-increment ids can become visible out of order (a transaction that took id 7 may commit after the one with
 * id 8), so the position only passes a missing id once it has stayed missing for {@link #GAP_GRACE}: by then its
 * transaction rolled back.
 */
@Singleton
public class Indexer {

    private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);
    static final Duration GAP_GRACE = Duration.ofSeconds(30);
    private static final int BATCH = 500;
    private static final Duration KEEP = Duration.ofDays(1);
    private static final Duration PRUNE_FIRST = Duration.ofMinutes(10);
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    private static final Duration AFTER_COMMIT_WAIT = Duration.ofSeconds(10);

    private final Indexes indexes;
    private final OutboxStore outbox;
    private final Clock clock;
    private final boolean enabled;
    private final Map<Long, Instant> gaps = new HashMap<>();
    private long position = -1;
    private volatile boolean stopping;

    // Its own thread rather than @Scheduled: Micronaut looks a scheduled bean up again for every run, and a run due
    // while the context stops made a new Indexer and new Indexes that took the index's write lock and never gave it
    // back (the next context of the same JVM then found the lock held).
    private final ScheduledExecutorService polling = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "search-indexer");
        thread.setDaemon(true);
        return thread;
    });
    private final Duration poll;

    Indexer(Indexes indexes, OutboxStore outbox, Clock clock, @Value("${jiuzhu.search.indexer:true}") boolean enabled,
            @Value("${jiuzhu.search.poll:1s}") Duration poll) {
        this.indexes = indexes;
        this.outbox = outbox;
        this.clock = clock;
        this.enabled = enabled;
        this.poll = poll;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (enabled) {
            catchUp();
            polling.scheduleWithFixedDelay(this::catchUp, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
            polling.scheduleWithFixedDelay(this::prune, PRUNE_FIRST.toMillis(), PRUNE_EVERY.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Lets a running round finish instead of interrupting it: Lucene's file channels close when the thread using
     * them is interrupted, which failed the round's commit and closed its writer half-way (seen in test runs).
     */
    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        polling.shutdown();
        if (!polling.awaitTermination(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
            LOG.warn("An indexing round was still running {} after the node began to stop", STOP_WAIT);
        }
    }

    /**
     * Applies the change before the committing request answers, so its author finds it in the next search. The
     * round runs on the indexer's thread: this thread still holds the finished transaction's connection, which no
     * longer takes writes. A round that takes longer is finished by the polls.
     */
    @TransactionalEventListener
    void afterCommit(SearchOutbox.Changed changed) {
        if (!enabled) {
            return;
        }
        try {
            polling.submit(this::catchUp).get(AFTER_COMMIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException | TimeoutException | ExecutionException e) {
            LOG.debug("The change is applied by a later poll", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Applies everything the outbox holds beyond this node's position; never throws into a caller. */
    public synchronized void catchUp() {
        if (indexes.closed()) {
            return;
        }
        try {
            if (position < 0) {
                position = indexes.open();
            }
            for (int round = 0; round < 10_000 && !stopping && applyBatch(); round++) {
                // keep going while whole batches advance the position, and the node is not stopping
            }
        } catch (RuntimeException | IOException e) {
            LOG.warn("Indexing stopped at outbox position {}; it is retried on the next poll", position, e);
        }
    }

    /** The outbox position this node's indexes reflect. */
    public synchronized long position() {
        return position;
    }

    private boolean applyBatch() throws IOException {
        List<OutboxStore.Entry> entries = outbox.after(position, BATCH);
        if (entries.isEmpty()) {
            return false;
        }
        for (OutboxStore.Entry entry : entries) {
            boolean placesOnly = SearchOutbox.PLACES.equals(entry.side());
            Side side = placesOnly ? Side.OFFER : Side.valueOf(entry.side());
            Index index = indexes.index(side);
            Optional<?> document = indexes.source(side).document(entry.entityId());
            if (document.isEmpty()) {
                index.remove(Long.toString(entry.entityId()));
            } else if (placesOnly && document.get() instanceof OfferDocument offer && offer.searchable()) {
                index.updateRemaining(Long.toString(offer.id()), offer.remaining());
            } else {
                Changes.put(index, document.get());
            }
        }
        long reached = contiguous(entries);
        String database = outbox.database().instanceId();
        for (Side side : Side.values()) {
            indexes.index(side).commit(reached, database);
        }
        boolean advanced = reached == entries.get(entries.size() - 1).id();
        position = reached;
        gaps.keySet().removeIf(id -> id <= reached);
        outbox.report(indexes.node(), position, clock.instant());
        return advanced && entries.size() == BATCH;
    }

    /** The highest id up to which every id was seen, or has been missing longer than the grace period. */
    private long contiguous(List<OutboxStore.Entry> entries) {
        long reached = position;
        Instant now = clock.instant();
        for (OutboxStore.Entry entry : entries) {
            while (reached + 1 < entry.id()) {
                Instant firstSeen = gaps.computeIfAbsent(reached + 1, id -> now);
                if (Duration.between(firstSeen, now).compareTo(GAP_GRACE) < 0) {
                    return reached;
                }
                gaps.remove(reached + 1);
                reached++;
            }
            reached = entry.id();
        }
        return reached;
    }

    /** Removes rows every node that reported in the last day has applied; a node away longer rebuilds at start. */
    void prune() {
        if (!enabled) {
            return;
        }
        try {
            Instant now = clock.instant();
            long slowest = outbox.slowestSince(now.minus(KEEP));
            if (slowest > 0) {
                outbox.prune(slowest, now.minus(KEEP));
            }
        } catch (RuntimeException e) {
            // A failed run must not end the schedule: the executor drops a task that throws.
            LOG.warn("Pruning the search outbox failed; it is tried again in an hour", e);
        }
    }
}
