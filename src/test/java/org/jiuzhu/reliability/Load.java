package org.jiuzhu.reliability;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The client side of L1 and L2: threads that each send one request after another until told to stop. A submission
 * takes the next resident's ready draft, makes a fresh form token, writes it in the ledger, and posts the review page's
 * form; a read views the read resident's progress page.
 */
final class Load {

    static final String SUBMIT = "L2 submit";
    static final String READ = "L1 read";

    private final Client client;
    private final Ledger ledger;
    private final Samples samples;
    private final Population.Resident reader;
    private final SecureRandom random = new SecureRandom();

    Load(Client client, Ledger ledger, Samples samples, Population.Resident reader) {
        this.client = client;
        this.ledger = ledger;
        this.samples = samples;
        this.reader = reader;
    }

    /** Running threads; {@link Running#stop()} waits for their requests in flight. */
    final class Running {
        private final AtomicBoolean stop = new AtomicBoolean();
        private final List<Thread> threads = new ArrayList<>();

        /** Tells the threads to stop after their request in flight, without waiting. */
        void halt() {
            stop.set(true);
        }

        void stop() throws InterruptedException {
            stop.set(true);
            await();
        }

        /** Waits for the threads to end by themselves (their drafts all sent). */
        void await() throws InterruptedException {
            for (Thread t : threads) {
                t.join(TimeUnit.MINUTES.toMillis(10));
            }
        }
    }

    /**
     * {@code submitters} threads of L2 sending the given drafts (stopping when none is left) and {@code readers} of L1,
     * each pausing {@code pauseMillis} between requests.
     */
    Running start(Queue<Population.Resident> drafts, int submitters, int readers, long pauseMillis) {
        return start(drafts, submitters, pauseMillis, readers, pauseMillis);
    }

    /** As above, with a pause of its own for each kind of thread. */
    Running start(Queue<Population.Resident> drafts, int submitters, long submitPause, int readers, long readPause) {
        Running running = new Running();
        for (int i = 0; i < submitters + readers; i++) {
            boolean submits = i < submitters;
            Thread t = new Thread(() -> {
                while (!running.stop.get()) {
                    if (submits ? !submitNext(drafts) : !read()) {
                        return;
                    }
                    pause(submits ? submitPause : readPause);
                }
            }, (submits ? "L2-" : "L1-") + i);
            t.setDaemon(true);
            running.threads.add(t);
            t.start();
        }
        return running;
    }

    /** False once every draft was sent. */
    private boolean submitNext(Queue<Population.Resident> drafts) {
        Population.Resident resident = drafts.poll();
        if (resident == null) {
            return false;
        }
        byte[] token = new byte[16];
        random.nextBytes(token);
        submit(ledger.sent(HexFormat.of().formatHex(token), resident));
        return true;
    }

    /** Sends (or sends again) one ledger entry's submission; true when acknowledged. */
    boolean submit(Ledger.Entry entry) {
        Population.Resident r = entry.resident;
        long start = System.nanoTime();
        try {
            Client.Answer a = client.post("/apply/" + r.applicationId() + "/submit", r.cookies(),
                    Map.of("csrfToken", r.csrfToken(), "submissionToken", entry.token, "pledge", "yes"));
            samples.add(new Samples.Sample(SUBMIT, a.status(), start, System.nanoTime(), chinese(a)));
            boolean acknowledged = a.status() == 303
                    && a.location().startsWith("/applications/" + r.applicationId() + "?submitted=1");
            if (acknowledged) {
                ledger.acknowledged(entry);
            }
            return acknowledged;
        } catch (IOException e) {
            samples.add(new Samples.Sample(SUBMIT, -1, start, System.nanoTime(), false));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean read() {
        long start = System.nanoTime();
        try {
            Client.Answer a = client.get("/applications/" + reader.applicationId(), reader.cookies());
            samples.add(new Samples.Sample(READ, a.status(), start, System.nanoTime(), chinese(a)));
        } catch (IOException e) {
            samples.add(new Samples.Sample(READ, -1, start, System.nanoTime(), false));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }

    /** The product's own "temporarily unavailable" page, in Chinese. */
    static boolean chinese(Client.Answer a) {
        return a.body().contains("lang=\"zh-CN\"") && a.body().contains("系统暂时无法使用");
    }

    private static void pause(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
