package org.jiuzhu.reliability;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What every run shares: the database server, the product's process (replaced when it is killed), the client, the
 * ledger, the answers, the drafts not sent yet, and the summary.
 */
final class Stage {

    final Path folder;
    final DatabaseServer db;
    final Map<String, String> configuration;
    final Client client;
    final Ledger ledger;
    final Samples samples = new Samples();
    final Outcome outcome = new Outcome();
    final Load load;
    private final Queue<Population.Resident> drafts;
    private final List<Runnable> afterKills = new CopyOnWriteArrayList<>();
    private AppProcess app;
    private int starts;

    Stage(Path folder, DatabaseServer db, Map<String, String> configuration, List<Population.Resident> residents,
          Ledger ledger) throws Exception {
        this.folder = folder;
        this.db = db;
        this.configuration = configuration;
        this.ledger = ledger;
        this.drafts = new ConcurrentLinkedQueue<>(residents.subList(1, residents.size()));
        this.app = AppProcess.start(folder, ++starts, AppProcess.freePort(), configuration);
        this.client = new Client(app.port());
        this.load = new Load(client, ledger, samples, residents.get(0));
    }

    AppProcess app() {
        return app;
    }

    /** The next {@code count} drafts, for one run alone. */
    Queue<Population.Resident> drafts(int count) {
        Queue<Population.Resident> mine = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < count; i++) {
            Population.Resident r = drafts.poll();
            if (r == null) {
                throw new IllegalStateException("the population has too few drafts for the runs asked for");
            }
            mine.add(r);
        }
        return mine;
    }

    /** {@code kill -9} of the product, then whatever the runs going on want to know at that moment. */
    void killApp() {
        app.kill();
        afterKills.forEach(Runnable::run);
    }

    void afterEveryKill(Runnable measure) {
        afterKills.add(measure);
    }

    /** Starts the product again after a kill, on a new port; returns the milliseconds until it was healthy. */
    long restartApp() throws Exception {
        long start = System.nanoTime();
        app = AppProcess.start(folder, ++starts, AppProcess.freePort(), configuration);
        client.pointAt(app.port());
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Sends every unacknowledged token once more, as the client does after a failure; returns those still not. */
    int retryUnacknowledged() {
        int still = 0;
        for (Ledger.Entry e : ledger.unacknowledged()) {
            if (e.attempts < 2 && !load.submit(ledger.sent(e.token, e.resident))) {
                still++;
            }
        }
        return still;
    }

    void stopApp() {
        app.stop();
    }
}
