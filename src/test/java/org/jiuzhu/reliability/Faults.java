package org.jiuzhu.reliability;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/** F1 to F3: the product or its database killed, or a table held locked, in the middle of a burst of submissions. */
final class Faults {

    private static final long UNAVAILABLE_WITHIN_MS = 3000;
    private static final long RECOVERED_WITHIN_MS = 15_000;

    private final Stage stage;

    Faults(Stage stage) {
        this.stage = stage;
    }

    /** F1: {@code kill -9} of the product while 8 threads submit; restart; unacknowledged tokens retried once. */
    void appKilled(int rounds, int draftsPerRound) throws Exception {
        List<Long> restarts = new ArrayList<>();
        int inFlight = 0;
        int unacknowledgedAfterRetry = 0;
        for (int round = 0; round < rounds; round++) {
            Load.Running burst = stage.load.start(stage.drafts(draftsPerRound), 8, 0, 0);
            Thread.sleep(ThreadLocalRandom.current().nextLong(300, 1500));
            burst.halt();
            stage.killApp();
            burst.stop();
            inFlight += stage.ledger.unacknowledged().size();
            restarts.add(stage.restartApp());
            unacknowledgedAfterRetry += stage.retryUnacknowledged();
        }
        restarts.sort(null);
        stage.outcome.add("F1 kill -9 of the product",
                String.format(Locale.ROOT, "%d rounds, %d in flight at the kill, restart p50 %.1f s, max %.1f s",
                        rounds, inFlight, restarts.get(restarts.size() / 2) / 1000.0,
                        restarts.get(restarts.size() - 1) / 1000.0),
                "every token acknowledged once retried", unacknowledgedAfterRetry == 0);
    }

    /**
     * F2: {@code kill -9} of MariaDB while submissions and reads go on, down long enough for the product's cached
     * session checks to expire; every answer while it is down must be the Chinese 503 page within 3 s, and the
     * product must acknowledge a submission again within 15 s of the database's restart without being touched.
     */
    void databaseKilled(int rounds, long downMillis, int draftsPerRound) throws Exception {
        long slowest = 0;
        long wrong = 0;
        long answered = 0;
        long slowestRecovery = 0;
        for (int round = 0; round < rounds; round++) {
            Load.Running burst = stage.load.start(stage.drafts(draftsPerRound), 2, 2, 500);
            Thread.sleep(1000);
            stage.db.kill();
            long killedAt = System.nanoTime();
            Thread.sleep(downMillis);
            long restartedAt = System.nanoTime();
            int before = stage.ledger.acknowledgedEntries().size();
            stage.db.restart();
            long recovery = awaitAcknowledgement(before);
            burst.stop();
            List<Samples.Sample> down = stage.samples.where(within(killedAt + 500_000_000L, restartedAt));
            answered += down.size();
            wrong += down.stream().filter(s -> s.status() != 503 || !s.chinesePage()).count();
            slowest = Math.max(slowest, (long) down.stream().mapToDouble(Samples.Sample::millis).max().orElse(0));
            slowestRecovery = Math.max(slowestRecovery, recovery);
            stage.retryUnacknowledged();
        }
        stage.outcome.add("F2 kill -9 of MariaDB: while down",
                String.format(Locale.ROOT, "%d rounds of %.0f s, %d answers, %d not the 503 page, slowest %d ms",
                        rounds, downMillis / 1000.0, answered, wrong, slowest),
                "all 503 in Chinese, <= 3 s", answered > 0 && wrong == 0 && slowest <= UNAVAILABLE_WITHIN_MS);
        stage.outcome.add("F2 kill -9 of MariaDB: recovery",
                String.format(Locale.ROOT, "first acknowledgement %.1f s after the restart at worst",
                        slowestRecovery / 1000.0), "<= 15 s", slowestRecovery <= RECOVERED_WITHIN_MS);
    }

    /** F3: a write lock on the applications table held 10 s: 503 within 3 s for what it blocks, /health fine. */
    void tableLocked(long holdMillis, int drafts) throws Exception {
        Load.Running burst = stage.load.start(stage.drafts(drafts), 2, 2, 200);
        Thread.sleep(1000);
        long lockedAt;
        long releasedAt;
        List<Client.Answer> health = new ArrayList<>();
        Client probe = new Client(stage.app().port());
        try (Connection c = stage.db.connect(); Statement s = c.createStatement()) {
            s.execute("LOCK TABLES application WRITE");
            lockedAt = System.nanoTime();
            while (System.nanoTime() - lockedAt < holdMillis * 1_000_000L) {
                health.add(probe.get("/health", Map.of()));
                Thread.sleep(250);
            }
            releasedAt = System.nanoTime();
            s.execute("UNLOCK TABLES");
        }
        Thread.sleep(2000);
        burst.stop();
        List<Samples.Sample> blocked = stage.samples.where(within(lockedAt + 500_000_000L, releasedAt));
        long wrong = blocked.stream().filter(s -> s.status() != 503 || !s.chinesePage()).count();
        long slowest = (long) blocked.stream().mapToDouble(Samples.Sample::millis).max().orElse(0);
        long healthSlowest = (long) health.stream().mapToDouble(Client.Answer::millis).max().orElse(0);
        long healthDown = health.stream().filter(a -> a.status() != 200).count();
        stage.outcome.add("F3 table locked 10 s: blocked",
                String.format(Locale.ROOT, "%d answers, %d not the 503 page, slowest %d ms", blocked.size(), wrong,
                        slowest), "all 503 in Chinese, <= 3 s",
                !blocked.isEmpty() && wrong == 0 && slowest <= UNAVAILABLE_WITHIN_MS);
        stage.outcome.add("F3 table locked 10 s: /health",
                String.format(Locale.ROOT, "%d probes, %d not 200, slowest %d ms", health.size(), healthDown,
                        healthSlowest), "200 within 1 s", healthDown == 0 && healthSlowest <= 1000);
        stage.retryUnacknowledged();
    }

    /** Milliseconds until the ledger holds more acknowledgements than {@code before} (given up after 30 s). */
    private long awaitAcknowledgement(int before) throws InterruptedException {
        long start = System.nanoTime();
        while (stage.ledger.acknowledgedEntries().size() <= before
                && System.nanoTime() - start < 2 * RECOVERED_WITHIN_MS * 1_000_000L) {
            Thread.sleep(50);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static Predicate<Samples.Sample> within(long from, long to) {
        return s -> s.startNanos() >= from && s.endNanos() <= to;
    }
}
