package org.jiuzhu.admin.exchange;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.admin.exchange.persistence.BatchStore;
import org.jiuzhu.admin.exchange.persistence.RecordStore;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The transactions of an import, each short: taking a batch (and clearing what an interrupted import of it left),
 * writing a chunk of rows with the counts, finishing, failing. A chunk is only written while the batch is still this
 * worker's, so two workers never both apply it.
 */
@Singleton
class ImportSteps {

    static final Duration STALE = Duration.ofMinutes(2);
    /** A list whose import was interrupted this often (a crash each time, say) is not tried again. */
    static final int MAX_ATTEMPTS = 3;
    // Larger than an import's chunk: most rows of a list raise nothing, and each transaction has a fixed cost.
    static final int COMPARED_PER_TRANSACTION = 5000;

    private final BatchStore batches;
    private final RecordStore records;
    private final AuditLog audit;
    private final Clock clock;

    ImportSteps(BatchStore batches, RecordStore records, AuditLog audit, Clock clock) {
        this.batches = batches;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<Long> claimable() {
        return batches.claimable(clock.instant().minus(STALE));
    }

    /**
     * The batch, taken for this worker: an import starts again with nothing of an earlier attempt left, a comparison
     * goes on from its last committed chunk. Empty when another worker took it.
     */
    @Transactional
    Optional<BatchStore.Row> claim(long id, String worker) {
        Optional<BatchStore.Row> found = batches.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        boolean comparing = Batch.Status.COMPARING.name().equals(found.get().status());
        if (comparing ? !batches.resume(id, worker, clock.instant(), clock.instant().minus(STALE))
                : !batches.claim(id, worker, clock.instant(), clock.instant().minus(STALE))) {
            return Optional.empty();
        }
        if (!comparing) {
            records.clear(id);
        }
        Optional<BatchStore.Row> batch = batches.find(id);
        if (batch.isPresent() && batch.get().attempts() > MAX_ATTEMPTS) {
            fail(id, "admin.exchange.failure.interrupted", null);
            return Optional.empty();
        }
        return batch;
    }

    /** The batch if it is imported and waiting for this worker to compare it. */
    @Transactional(readOnly = true)
    Optional<BatchStore.Row> comparing(long id, String worker) {
        return batches.find(id).filter(b -> Batch.Status.COMPARING.name().equals(b.status())
                && worker.equals(b.worker()));
    }

    /** Writes a chunk; false when the batch is no longer this worker's, and then nothing is written. */
    @Transactional
    boolean chunk(long id, String worker, int permille, long rows, List<RecordStore.Record> accepted,
                  List<RecordStore.Rejection> rejected, long rejectedRows) {
        if (!batches.progress(id, worker, clock.instant(), permille, rows, accepted.size(), rejectedRows)) {
            return false;
        }
        records.insert(id, accepted);
        records.reject(id, rejected);
        return true;
    }

    /** Every row read; the comparison comes next. */
    @Transactional
    boolean imported(long id, String worker, BatchStore.Row batch) {
        if (!batches.imported(id, worker, clock.instant())) {
            return false;
        }
        audit.record(AuditEvent.of(null, "SYSTEM", "EXCHANGE_IMPORTED", AuditResult.SUCCESS, null)
                .about("exchange_batch", id).saying("kind=" + batch.kind()));
        return true;
    }

    /**
     * Compares the chunk after {@code line} and records how far the comparison got, together; answers the last line
     * compared, {@code line} itself when no row is left, or -1 when the batch is no longer this worker's.
     */
    @Transactional
    int compare(long id, String worker, int line, ListComparison comparison, ListComparison.Listed list,
                java.util.function.Function<RecordStore.Record, ListComparison.Person> person) {
        List<RecordStore.Record> chunk = records.after(id, line, COMPARED_PER_TRANSACTION);
        if (chunk.isEmpty()) {
            return line;
        }
        int last = chunk.get(chunk.size() - 1).line();
        long raised = comparison.compare(list, chunk.stream().map(person).toList());
        if (!batches.compared(id, worker, clock.instant(), last, chunk.size(), raised)) {
            throw new TakenOver();
        }
        return last;
    }

    /** Ends the comparison with what needs the whole list, and the batch with it. */
    @Transactional
    boolean finish(long id, String worker, ListComparison comparison, ListComparison.Listed list) {
        long raised = comparison.finish(list);
        if (!batches.done(id, worker, clock.instant(), raised)) {
            throw new TakenOver();
        }
        audit.record(AuditEvent.of(null, "SYSTEM", "EXCHANGE_COMPARED", AuditResult.SUCCESS, null)
                .about("exchange_batch", id));
        return true;
    }

    /** Another worker took the batch over: what this transaction wrote is rolled back. */
    static final class TakenOver extends RuntimeException {
        TakenOver() {
            super(null, null, false, false);
        }
    }

    /** Fails the batch for good with a reason (a message key) and words for it; its rows are removed. */
    @Transactional
    void fail(long id, String failure, String detail) {
        records.clear(id);
        if (batches.failed(id, clock.instant(), failure, detail)) {
            audit.record(AuditEvent.of(null, "SYSTEM", "EXCHANGE_IMPORTED", AuditResult.FAILURE, null)
                    .about("exchange_batch", id).saying(failure));
        }
    }

    @Transactional(readOnly = true)
    boolean holds(String storedName) {
        return batches.holds(storedName);
    }
}
