package org.jiuzhu.admin.exchange.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** exchange_batch: one uploaded list and how far its import has come. */
@Singleton
public class BatchStore {

    @MappedEntity("exchange_batch")
    public record Row(@Id @GeneratedValue @Nullable Long id, String department, String kind, String channel,
                      @MappedProperty("file_name") String fileName, @MappedProperty("file_format") String fileFormat,
                      @MappedProperty("stored_name") @Nullable String storedName,
                      @MappedProperty("size_bytes") long sizeBytes, String sha256,
                      @MappedProperty("dedupe_sha256") @Nullable String dedupeSha256, String status,
                      @MappedProperty("region_code") String regionCode, @MappedProperty("uploaded_by") long uploadedBy,
                      @MappedProperty("uploaded_at") Instant uploadedAt,
                      @MappedProperty("started_at") @Nullable Instant startedAt,
                      @MappedProperty("finished_at") @Nullable Instant finishedAt, @Nullable String worker,
                      @MappedProperty("heartbeat_at") @Nullable Instant heartbeatAt, int attempts,
                      int permille, @MappedProperty("rows_done") long rowsDone,
                      @MappedProperty("rows_accepted") long rowsAccepted,
                      @MappedProperty("rows_rejected") long rowsRejected, @Nullable String failure,
                      @MappedProperty("failure_detail") @Nullable String failureDetail,
                      @MappedProperty("compared_line") int comparedLine,
                      @MappedProperty("compared_rows") long comparedRows,
                      @MappedProperty("warnings_raised") long warningsRaised,
                      @MappedProperty("imported_at") @Nullable Instant importedAt) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Rows extends CrudRepository<Row, Long> {

        @Query("SELECT * FROM exchange_batch WHERE department = :department AND kind = :kind AND dedupe_sha256 = :sha256")
        Optional<Row> standing(String department, String kind, String sha256);

        @Query("SELECT COUNT(*) FROM exchange_batch WHERE stored_name = :storedName")
        long holding(String storedName);

        @Query("SELECT * FROM exchange_batch WHERE department = :department ORDER BY id DESC LIMIT 50")
        List<Row> ofDepartment(String department);

        @Query("SELECT * FROM exchange_batch WHERE region_code LIKE :pattern ORDER BY id DESC LIMIT 50")
        List<Row> inRegion(String pattern);

        @Query("""
                SELECT id FROM exchange_batch
                WHERE status = 'QUEUED' OR (status IN ('IMPORTING', 'COMPARING') AND heartbeat_at < :stale)
                ORDER BY id LIMIT 1""")
        Optional<Long> claimable(Instant stale);

        @Query("""
                UPDATE exchange_batch SET status = 'IMPORTING', worker = :worker, heartbeat_at = :now,
                    started_at = :now, attempts = attempts + 1, permille = 0, rows_done = 0, rows_accepted = 0,
                    rows_rejected = 0
                WHERE id = :id AND (status = 'QUEUED' OR (status = 'IMPORTING' AND heartbeat_at < :stale))""")
        long claim(long id, String worker, Instant now, Instant stale);

        @Query("""
                UPDATE exchange_batch SET heartbeat_at = :now, permille = :permille, rows_done = rows_done + :rows,
                    rows_accepted = rows_accepted + :accepted, rows_rejected = rows_rejected + :rejected
                WHERE id = :id AND status = 'IMPORTING' AND worker = :worker""")
        long progress(long id, String worker, Instant now, int permille, long rows, long accepted, long rejected);

        @Query("""
                UPDATE exchange_batch SET worker = :worker, heartbeat_at = :now, attempts = attempts + 1
                WHERE id = :id AND status = 'COMPARING' AND heartbeat_at < :stale""")
        long resume(long id, String worker, Instant now, Instant stale);

        @Query("""
                UPDATE exchange_batch SET status = 'COMPARING', heartbeat_at = :now, imported_at = :now,
                    stored_name = NULL, permille = 1000,
                    compared_line = 0, compared_rows = 0, warnings_raised = 0
                WHERE id = :id AND status = 'IMPORTING' AND worker = :worker""")
        long imported(long id, String worker, Instant now);

        @Query("""
                UPDATE exchange_batch SET heartbeat_at = :now, compared_line = :line, compared_rows = compared_rows + :rows,
                    warnings_raised = warnings_raised + :warnings
                WHERE id = :id AND status = 'COMPARING' AND worker = :worker""")
        long compared(long id, String worker, Instant now, int line, long rows, long warnings);

        @Query("""
                UPDATE exchange_batch SET status = 'DONE', finished_at = :now, warnings_raised = warnings_raised + :warnings
                WHERE id = :id AND status = 'COMPARING' AND worker = :worker""")
        long done(long id, String worker, Instant now, long warnings);

        @Query("""
                UPDATE exchange_batch SET status = 'FAILED', finished_at = :now, stored_name = NULL,
                    dedupe_sha256 = NULL, failure = :failure, failure_detail = :detail
                WHERE id = :id AND status IN ('QUEUED', 'IMPORTING', 'COMPARING')""")
        long failed(long id, Instant now, String failure, @Nullable String detail);
    }

    private final Rows rows;

    BatchStore(Rows rows) {
        this.rows = rows;
    }

    public Row insert(Row row) {
        return rows.save(row);
    }

    public Optional<Row> find(long id) {
        return rows.findById(id);
    }

    /** The batch that already holds this very file for this department and kind, unless it failed. */
    public Optional<Row> standing(String department, String kind, String sha256) {
        return rows.standing(department, kind, sha256);
    }

    /** Whether a batch still needs this stored file. */
    public boolean holds(String storedName) {
        return rows.holding(storedName) > 0;
    }

    public List<Row> ofDepartment(String department) {
        return rows.ofDepartment(department);
    }

    public List<Row> inRegion(String likePattern) {
        return rows.inRegion(likePattern);
    }

    /** The next batch to import: a queued one, or one whose worker has not been heard of since {@code stale}. */
    public Optional<Long> claimable(Instant stale) {
        return rows.claimable(stale);
    }

    /** Takes the batch for this worker, its counters back to zero; false when another worker got it first. */
    public boolean claim(long id, String worker, Instant now, Instant stale) {
        return rows.claim(id, worker, now, stale) == 1;
    }

    /** Adds a chunk's counts; false when the batch is no longer this worker's (taken over, or failed). */
    public boolean progress(long id, String worker, Instant now, int permille, long rows, long accepted,
                            long rejected) {
        return this.rows.progress(id, worker, now, permille, rows, accepted, rejected) == 1;
    }

    /** The comparison, stopped by a crash, taken over by this worker from where it got to. */
    public boolean resume(long id, String worker, Instant now, Instant stale) {
        return rows.resume(id, worker, now, stale) == 1;
    }

    /** Every row read: the file is no longer needed and the comparison starts. */
    public boolean imported(long id, String worker, Instant now) {
        return rows.imported(id, worker, now) == 1;
    }

    /** A chunk compared up to {@code line}; false when the batch is no longer this worker's. */
    public boolean compared(long id, String worker, Instant now, int line, long rows, long warnings) {
        return this.rows.compared(id, worker, now, line, rows, warnings) == 1;
    }

    public boolean done(long id, String worker, Instant now, long warnings) {
        return rows.done(id, worker, now, warnings) == 1;
    }

    /** Failed for good: the same file may be uploaded again. */
    public boolean failed(long id, Instant now, String failure, String detail) {
        return rows.failed(id, now, failure, detail) == 1;
    }
}
