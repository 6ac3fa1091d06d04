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

    /** The batch, taken for this worker with nothing of an earlier attempt left; empty when another took it. */
    @Transactional
    Optional<BatchStore.Row> claim(long id, String worker) {
        if (!batches.claim(id, worker, clock.instant(), clock.instant().minus(STALE))) {
            return Optional.empty();
        }
        records.clear(id);
        Optional<BatchStore.Row> batch = batches.find(id);
        if (batch.isPresent() && batch.get().attempts() > MAX_ATTEMPTS) {
            fail(id, "admin.exchange.failure.interrupted", null);
            return Optional.empty();
        }
        return batch;
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

    @Transactional
    boolean finish(long id, String worker, BatchStore.Row batch) {
        if (!batches.done(id, worker, clock.instant())) {
            return false;
        }
        audit.record(AuditEvent.of(null, "SYSTEM", "EXCHANGE_IMPORTED", AuditResult.SUCCESS, null)
                .about("exchange_batch", id).saying("kind=" + batch.kind()));
        return true;
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
