package org.jiuzhu.matching.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fills an emptied index from its source: this thread reads the database in id order while one worker per core
 * analyses and adds the documents of earlier batches (IndexWriter takes documents from several threads at once).
 * At most two batches per worker wait in memory.
 */
final class BulkLoad {

    private final Index index;
    private final DocumentSource<?> source;
    private final int batch;
    private final int workers;

    BulkLoad(Index index, DocumentSource<?> source, int batch, int workers) {
        this.index = index;
        this.source = source;
        this.batch = batch;
        this.workers = Math.max(1, workers);
    }

    /** Answers how many searchable documents were added. */
    long run() throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "index-rebuild");
            thread.setDaemon(true);
            return thread;
        });
        Semaphore waiting = new Semaphore(workers * 2);
        AtomicLong added = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        try {
            long after = 0;
            for (List<?> documents = source.after(after, batch); !documents.isEmpty() && failure.get() == null;
                 documents = source.after(after, batch)) {
                after = Changes.id(documents.get(documents.size() - 1));
                waiting.acquireUninterruptibly();
                List<?> taken = documents;
                pool.execute(() -> {
                    try {
                        added.addAndGet(add(taken));
                    } catch (IOException | RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        waiting.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
        }
        if (failure.get() instanceof IOException e) {
            throw e;
        }
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        return added.get();
    }

    private long add(List<?> documents) throws IOException {
        long added = 0;
        for (Object document : documents) {
            if (Changes.add(index, document)) {
                added++;
            }
        }
        return added;
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IllegalStateException("the index rebuild did not finish within an hour");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while rebuilding the index", e));
        }
    }
}
