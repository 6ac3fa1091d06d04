package org.jiuzhu.reliability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/** Every answer of a run with its start and end on the harness's clock; figures and window checks read them. */
final class Samples {

    /** Status -1 is no answer at all (connection refused or reset, timeout). */
    record Sample(String kind, int status, long startNanos, long endNanos, boolean chinesePage) {

        double millis() {
            return (endNanos - startNanos) / 1e6;
        }
    }

    private final List<Sample> all = Collections.synchronizedList(new ArrayList<>());

    void add(Sample s) {
        all.add(s);
    }

    List<Sample> where(Predicate<Sample> filter) {
        synchronized (all) {
            return all.stream().filter(filter).toList();
        }
    }

    /** req/s, p50, p99 (ms) and counts of answers that were not the expected ones, over one kind in a window. */
    record Figures(String name, int count, double rate, double p50, double p99, long errors, long serverErrors) {
    }

    static Figures figures(String name, List<Sample> samples, double seconds, Predicate<Sample> ok) {
        List<Double> millis = samples.stream().map(Sample::millis).sorted().toList();
        long errors = samples.stream().filter(ok.negate()).count();
        long serverErrors = samples.stream().filter(s -> s.status() == 500).count();
        return new Figures(name, samples.size(), samples.size() / seconds, percentile(millis, 0.50),
                percentile(millis, 0.99), errors, serverErrors);
    }

    static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
