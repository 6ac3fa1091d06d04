package org.jiuzhu.matching.benchmark;

import java.util.Arrays;
import java.util.Locale;

/** Latencies of one series of queries, in nanoseconds, with the results each returned. */
final class Timings {

    private final long[] nanos;
    private long results;
    private int count;

    Timings(int capacity) {
        this.nanos = new long[capacity];
    }

    void add(long elapsedNanos, int resultCount) {
        nanos[count++] = elapsedNanos;
        results += resultCount;
    }

    int count() {
        return count;
    }

    double percentileMillis(double percentile) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))] / 1e6;
    }

    double meanMillis() {
        return Arrays.stream(nanos, 0, count).average().orElse(0) / 1e6;
    }

    double maxMillis() {
        return Arrays.stream(nanos, 0, count).max().orElse(0) / 1e6;
    }

    double meanResults() {
        return count == 0 ? 0 : (double) results / count;
    }

    String summary() {
        return String.format(Locale.ROOT, "p50 %8.3f ms   p90 %8.3f ms   p99 %8.3f ms   max %8.3f ms   mean %8.3f ms"
                        + "   (%d queries, %.1f results each)", percentileMillis(50), percentileMillis(90),
                percentileMillis(99), maxMillis(), meanMillis(), count, meanResults());
    }
}
