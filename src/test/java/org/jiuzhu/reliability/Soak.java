package org.jiuzhu.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * L2 measured alone, then the soak: steady reads and submissions for a while (4 threads reading 20 ms apart, one
 * submission a second), sampling the product's heap after a full collection, open files, threads and database
 * connections, which must not grow.
 */
final class Soak {

    private static final int POOL = 16;

    private final Stage stage;

    Soak(Stage stage) {
        this.stage = stage;
    }

    /** L2: {@code drafts} submissions from 8 threads as fast as they are answered. */
    void submissions(int drafts) throws Exception {
        long start = System.nanoTime();
        stage.load.start(stage.drafts(drafts), 8, 0, 0).await();
        long end = System.nanoTime();
        List<Samples.Sample> answers = stage.samples.where(s -> s.kind().equals(Load.SUBMIT)
                && s.startNanos() >= start && s.endNanos() <= end);
        Samples.Figures f = Samples.figures(Load.SUBMIT, answers, (end - start) / 1e9, s -> s.status() == 303);
        stage.outcome.add("L2 submissions, 8 threads", String.format(Locale.ROOT,
                "%d in %.1f s: %.1f/s, p50 %.0f ms, p99 %.0f ms, %d errors", f.count(), (end - start) / 1e9, f.rate(),
                f.p50(), f.p99(), f.errors()), "0 errors", f.errors() == 0 && f.count() == drafts);
    }

    record Reading(double seconds, double heapMb, long files, long threads, long connections) {
    }

    /** Reads from 4 threads and a submission a second, for {@code seconds}, sampled every {@code every} seconds. */
    void soak(int seconds, int every) throws Exception {
        AppProcess app = stage.app();
        long start = System.nanoTime();
        Load.Running load = stage.load.start(stage.drafts(seconds + 10), 1, 1000, 4, 20);
        List<Reading> readings = new ArrayList<>();
        readings.add(read(app, start));
        while (System.nanoTime() - start < seconds * 1_000_000_000L) {
            Thread.sleep(every * 1000L);
            readings.add(read(app, start));
        }
        load.stop();
        long end = System.nanoTime();
        List<Samples.Sample> answers = stage.samples.where(s -> s.startNanos() >= start && s.endNanos() <= end);
        long errors = answers.stream().filter(s -> s.status() != (s.kind().equals(Load.READ) ? 200 : 303)).count();
        readings.forEach(r -> System.out.printf(Locale.ROOT, "    soak %5.0f s: heap %6.1f MB, %4d files, %4d threads,"
                + " %3d connections%n", r.seconds(), r.heapMb(), r.files(), r.threads(), r.connections()));
        Reading base = readings.get(readings.size() / 4);
        Reading last = readings.get(readings.size() - 1);
        long maxConnections = readings.stream().mapToLong(Reading::connections).max().orElse(0);
        boolean held = errors == 0 && last.heapMb() <= base.heapMb() * 1.2 + 10 && last.files() <= base.files() + 20
                && last.threads() <= base.threads() + 10 && maxConnections <= POOL;
        stage.outcome.add("soak " + seconds + " s", String.format(Locale.ROOT,
                "%d answers, %d errors; heap %.0f->%.0f MB, files %d->%d, threads %d->%d, connections <= %d",
                answers.size(), errors, base.heapMb(), last.heapMb(), base.files(), last.files(), base.threads(),
                last.threads(), maxConnections), "no growth, 0 errors", held);
    }

    private Reading read(AppProcess app, long start) throws Exception {
        return new Reading((System.nanoTime() - start) / 1e9, app.heapAfterGcMb(), app.openFiles(), app.threads(),
                connections());
    }

    private long connections() throws SQLException {
        try (Connection c = stage.db.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = 'jiuzhu'"
                     + " AND ID <> CONNECTION_ID()")) {
            r.next();
            return r.getLong(1);
        }
    }
}
