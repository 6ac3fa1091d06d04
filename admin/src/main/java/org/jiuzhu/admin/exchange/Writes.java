package org.jiuzhu.admin.exchange;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The chunks of one import written on the writer's thread, one at a time and in order, so that the next chunk is
 * checked and encrypted while the database stores this one. A write answers false when the batch is no longer this
 * worker's; a write that failed fails the import on the reading thread, with its own exception.
 */
final class Writes {

    private final ExecutorService writer;
    private Future<Boolean> pending = CompletableFuture.completedFuture(true);
    private long writing;

    Writes(ExecutorService writer) {
        this.writer = writer;
    }

    /** Waits for the write before, then starts this one; false when the one before found the batch taken. */
    boolean start(Callable<Boolean> write) {
        if (!finish()) {
            return false;
        }
        pending = writer.submit(() -> {
            long started = System.nanoTime();
            try {
                return write.call();
            } finally {
                writing += System.nanoTime() - started;
            }
        });
        return true;
    }

    /** Waits for the last write; false when it found the batch taken. */
    boolean finish() {
        try {
            return pending.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a chunk could not be written", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.cancel(true);
            throw new IllegalStateException("the import was interrupted", e);
        }
    }

    /**
     * Waits for the write in flight whatever its outcome, before an import that failed is cleaned up: a write landing
     * after the clean-up would leave rows of a failed list behind.
     */
    void settle() {
        try {
            finish();
        } catch (RuntimeException | Error e) {
            // The import fails for the reason that stopped the reading; this write's own failure changes nothing.
        }
    }

    /** Nanoseconds spent writing, summed over the writes that finished. */
    long writing() {
        return writing;
    }
}
