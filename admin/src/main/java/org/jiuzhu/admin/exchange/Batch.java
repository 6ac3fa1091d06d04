package org.jiuzhu.admin.exchange;

import java.time.Duration;
import java.time.Instant;

/**
 * One uploaded list as its pages show it: what it is, where its import stands ({@code permille} of the file read,
 * -1 when the format does not tell), how far its comparison with the database got, and what came of it. {@code failure} is a message key, {@code failureDetail}
 * words for it (the headers missing), never a cell's value.
 */
public record Batch(long id, ListKind kind, String department, String regionCode, String fileName, String format,
                    long sizeBytes, Status status, Instant uploadedAt, Instant startedAt, Instant finishedAt,
                    int permille, long rowsDone, long rowsAccepted, long rowsRejected, long comparedRows,
                    long warningsRaised, String failure, String failureDetail) {

    /** Where an import stands. */
    public enum Status {
        QUEUED, IMPORTING, COMPARING, DONE, FAILED;

        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }

    /** Rows read a second since the import started (or until it finished). */
    public long rowsPerSecond(Instant now) {
        if (startedAt == null) {
            return 0;
        }
        long millis = Duration.between(startedAt, finishedAt == null ? now : finishedAt).toMillis();
        return millis <= 0 ? 0 : rowsDone * 1000 / millis;
    }

    /** Thousandths of the accepted rows compared so far. */
    public int comparedPermille() {
        return rowsAccepted == 0 ? 1000 : (int) Math.min(1000, comparedRows * 1000 / rowsAccepted);
    }

    /** Seconds the import still needs at its pace so far; -1 while that cannot be told. */
    public long secondsLeft(Instant now) {
        if (status != Status.IMPORTING || startedAt == null || permille <= 0) {
            return -1;
        }
        long elapsed = Duration.between(startedAt, now).toSeconds();
        return Math.max(0, elapsed * (1000 - permille) / permille);
    }
}
