package org.jiuzhu.admin.exchange;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.jiuzhu.admin.exchange.persistence.BatchStore;
import org.jiuzhu.core.privacy.FieldCipher;
import org.jiuzhu.core.privacy.PersonIndex;
import org.jiuzhu.core.region.Region;
import org.jiuzhu.core.region.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Imports queued lists one at a time on a thread of its own: reads the file as a stream, checks every row, writes
 * accepted rows encrypted and refusals in chunks with the progress (on a second thread, see {@link Writes}), then
 * deletes the file. A batch is taken through {@link ImportSteps}, so after a crash or restart it is imported again
 * from its start by whichever node finds it first once its worker has been silent for two minutes.
 */
@Singleton
public class Importer {

    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);
    static final int CHUNK = 1000;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ImportSteps steps;
    private final ComparisonRun comparisons;
    private final ExchangeFiles files;
    private final Regions regions;
    private final PersonIndex personIndex;
    private final FieldCipher cipher;
    private final JsonMapper json;
    private final Clock clock;
    private final boolean enabled;
    private final String worker;
    private final ReentrantLock importing = new ReentrantLock();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> daemon(task, "exchange-import"));
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> daemon(task, "exchange-write"));

    Importer(ImportSteps steps, ComparisonRun comparisons, ExchangeFiles files, Regions regions, PersonIndex personIndex, FieldCipher cipher,
             JsonMapper json, Clock clock, @Value("${jiuzhu.exchange.importer:true}") boolean enabled) {
        this.steps = steps;
        this.comparisons = comparisons;
        this.files = files;
        this.regions = regions;
        this.personIndex = personIndex;
        this.cipher = cipher;
        this.json = json;
        this.clock = clock;
        this.enabled = enabled;
        this.worker = workerName();
    }

    @EventListener
    void onStartup(StartupEvent event) {
        kick();
    }

    @TransactionalEventListener
    void onQueued(Exchanges.Queued queued) {
        kick();
    }

    @Scheduled(fixedDelay = "${jiuzhu.exchange.poll:5s}", initialDelay = "${jiuzhu.exchange.poll:5s}")
    void poll() {
        kick();
    }

    /** Removes stored files no batch needs any more (an upload whose transaction failed). */
    @Scheduled(fixedDelay = "1h", initialDelay = "10m")
    void sweep() {
        files.store().sweep(steps::holds, Duration.ofHours(1));
    }

    /** Imports everything waiting, on the calling thread (tests, the benchmark); answers how many batches. */
    public int importWaiting() {
        importing.lock();
        try {
            int imported = 0;
            while (importNext()) {
                imported++;
            }
            return imported;
        } finally {
            importing.unlock();
        }
    }

    private void kick() {
        if (enabled) {
            runner.execute(() -> {
                if (importing.tryLock()) {
                    try {
                        while (importNext()) {
                            // one batch after another while any is waiting
                        }
                    } catch (RuntimeException e) {
                        LOG.warn("An import stopped; it is taken up again on the next poll", e);
                    } finally {
                        importing.unlock();
                    }
                }
            });
        }
    }

    private boolean importNext() {
        Optional<Long> next = steps.claimable();
        if (next.isEmpty()) {
            return false;
        }
        steps.claim(next.get(), worker).ifPresent(batch -> {
            if (Batch.Status.COMPARING.name().equals(batch.status())) {
                comparisons.run(batch, worker);
            } else {
                run(batch);
            }
        });
        return true;
    }


    private void run(BatchStore.Row batch) {
        if (batch.storedName() == null) {
            steps.fail(batch.id(), "admin.exchange.failure.lost", null);
            return;
        }
        Path file = files.store().path(batch.storedName());
        boolean ended;
        try (ListFile list = ListFile.open(file, ListFile.Format.valueOf(batch.fileFormat()))) {
            ended = read(batch, list);
        } catch (IOException | RuntimeException e) {
            LOG.warn("List {} could not be read: {}", batch.id(), e.getClass().getSimpleName());
            steps.fail(batch.id(), "admin.exchange.failure.unreadable", null);
            ended = true;
        }
        if (ended) {
            files.store().discard(batch.storedName());
        }
        if (ended) {
            steps.comparing(batch.id(), worker).ifPresent(b -> comparisons.run(b, worker));
        }
    }

    /** Answers whether the batch ended (done or failed) rather than being taken by another worker. */
    private boolean read(BatchStore.Row batch, ListFile list) throws IOException {
        ListKind kind = ListKind.valueOf(batch.kind());
        Headers headers = Headers.of(kind, list.header());
        if (!headers.missing().isEmpty()) {
            steps.fail(batch.id(), "admin.exchange.failure.headers", String.join("、", headers.missing()));
            return true;
        }
        Region scope = regions.get(batch.regionCode());
        RowCheck check = new RowCheck(kind, headers.positions(), code -> regions.find(code).isPresent(), scope.scope(),
                LocalDate.now(clock.withZone(CHINA)));
        Writes writes = new Writes(writer);
        try {
            return readAll(batch, list, new Chunk(check, personIndex, cipher, json), writes);
        } catch (IOException | RuntimeException e) {
            writes.settle();
            throw e;
        }
    }

    private boolean readAll(BatchStore.Row batch, ListFile list, Chunk first, Writes writes) throws IOException {
        Chunk chunk = first;
        long started = System.nanoTime();
        long preparing = 0;
        for (ListFile.Line line = list.next(); line != null; line = list.next()) {
            chunk.lines.add(line);
            if (chunk.lines.size() == CHUNK) {
                preparing += prepare(chunk, list);
                if (!writes.start(write(batch, chunk))) {
                    return false;
                }
                chunk = chunk.next();
            }
        }
        preparing += prepare(chunk, list);
        boolean imported = writes.start(write(batch, chunk)) && writes.finish()
                && steps.imported(batch.id(), worker, batch);
        // For operators sizing imports: where the time went. Counts only, never a row's content.
        LOG.info("List {} read in {} ms: {} ms checking and encrypting rows, {} ms writing them, at the same time",
                batch.id(), (System.nanoTime() - started) / 1_000_000, preparing / 1_000_000,
                writes.writing() / 1_000_000);
        return imported;
    }

    /** Checks and encrypts the chunk's rows and notes how far through the file they are; answers the nanoseconds. */
    private static long prepare(Chunk chunk, ListFile list) {
        long started = System.nanoTime();
        chunk.prepare();
        double progress = list.progress();
        chunk.permille = progress < 0 ? -1 : (int) Math.round(progress * 1000);
        return System.nanoTime() - started;
    }

    private java.util.concurrent.Callable<Boolean> write(BatchStore.Row batch, Chunk chunk) {
        return () -> steps.chunk(batch.id(), worker, chunk.permille, chunk.rows, chunk.accepted, chunk.rejected,
                chunk.rejectedRows);
    }

    /** The host for operators reading the table, and a random part: two importers are never the same worker. */
    private static String workerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "node";
        }
        String nonce = Long.toString(new java.security.SecureRandom().nextLong() & Long.MAX_VALUE, 36);
        return (host.length() > 50 ? host.substring(0, 50) : host) + "-" + nonce;
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
        writer.shutdownNow();
    }
}
