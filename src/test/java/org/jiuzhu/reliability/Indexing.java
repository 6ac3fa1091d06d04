package org.jiuzhu.reliability;

import io.micronaut.context.ApplicationContext;
import org.jiuzhu.Cases;
import org.jiuzhu.Staff;
import org.jiuzhu.core.account.Account;
import org.jiuzhu.core.account.Accounts;
import org.jiuzhu.core.account.web.SessionMint;
import org.jiuzhu.matching.search.IndexFolder;
import org.jiuzhu.matching.search.Side;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * F5 with a real crash: while the product is killed (through F1's and F4's rounds), a charity's users create, publish
 * and pause projects. Each change commits with its search outbox row, and the node applies the row to its index after the
 * commit, so a kill can fall between the two. When the run has ended, the index's last commit must hold every
 * offer and need the database says is searchable, each exactly once, and nothing else; and every acknowledged
 * publish or pause must be the offer's state in the database.
 */
final class Indexing {

    static final int WRITERS = 3;
    private static final String UNKNOWN = "UNKNOWN";
    private static final Pattern ID = Pattern.compile("/charity/offers/(\\d+)");

    private final Stage stage;
    private final SessionMint.Browser charity;
    /** The state each offer was last acknowledged in, or UNKNOWN when a request about it was cut by a kill. */
    private final Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger changes = new AtomicInteger();
    private final AtomicInteger published = new AtomicInteger();
    private final AtomicInteger paused = new AtomicInteger();
    private final AtomicInteger cut = new AtomicInteger();
    private final AtomicInteger unexpected = new AtomicInteger();
    private final AtomicReference<String> firstUnexpected = new AtomicReference<>("");
    private final AtomicBoolean going = new AtomicBoolean(true);
    private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    private long behindAtKills;

    Indexing(Stage stage, SessionMint.Browser charity) {
        this.stage = stage;
        this.charity = charity;
    }

    /** A verified charity and its logged-in user, made before the product starts. */
    static SessionMint.Browser charity(Map<String, String> configuration) {
        try (ApplicationContext context = Population.context(configuration)) {
            Staff.Login login = Personas.charity(context, "索引测试慈善会");
            Account account = context.getBean(Accounts.class).find(login.id()).orElseThrow();
            return SessionMint.loggedIn(context, account);
        }
    }

    void start() {
        stage.afterEveryKill(this::killed);
        for (int i = 0; i < WRITERS; i++) {
            pool.submit(this::write);
        }
    }

    /** Goes on until a publish and a pause were acknowledged (at most 30 s more), so that the check can fail. */
    void stop() throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while ((published.get() == 0 || paused.get() == 0) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        going.set(false);
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** Right after a kill: how many outbox rows the node had not yet reported applied. */
    private void killed() {
        if (going.get()) {
            try {
                behindAtKills += number("SELECT COALESCE(MAX(id), 0) FROM search_outbox")
                        - number("SELECT COALESCE(MAX(position), 0) FROM search_node");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void write() {
        while (going.get()) {
            try {
                Client.Answer created = stage.client.post("/charity/offers?kind=PROJECT", charity.cookies(), project());
                Matcher id = ID.matcher(created.location());
                if (created.status() != 303 || !id.find()) {
                    unexpected(created, "creating");
                    continue;
                }
                long offer = Long.parseLong(id.group(1));
                acknowledged.put(offer, "DRAFT");
                changes.incrementAndGet();
                if (move(offer, "publish", "PUBLISHED") && ThreadLocalRandom.current().nextBoolean()) {
                    move(offer, "pause", "PAUSED");
                }
            } catch (IOException e) {
                cut.incrementAndGet();
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** While the product is down every request is refused at once: no need to ask a thousand times. */
    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean move(long offer, String action, String state) throws IOException, InterruptedException {
        acknowledged.put(offer, UNKNOWN);
        Client.Answer page = stage.client.get("/charity/offers/" + offer, charity.cookies());
        Matcher version = Pattern.compile("/" + action + "\"[^>]*>.*?name=\"version\" value=\"(\\d+)\"",
                Pattern.DOTALL)
                .matcher(page.body());
        if (page.status() != 200 || !version.find()) {
            unexpected(page, "reading before " + action);
            return false;
        }
        Client.Answer moved = stage.client.post("/charity/offers/" + offer + "/" + action, charity.cookies(),
                Map.of("csrfToken", charity.csrfToken(), "version", version.group(1)));
        if (moved.status() != 303) {
            unexpected(moved, action);
            return false;
        }
        acknowledged.put(offer, state);
        changes.incrementAndGet();
        (action.equals("publish") ? published : paused).incrementAndGet();
        return true;
    }

    private void unexpected(Client.Answer answer, String doing) {
        unexpected.incrementAndGet();
        String text = answer.body().replaceAll("(?s)<head>.*</head>|<[^>]+>", " ").replaceAll("\\s+", " ").trim();
        firstUnexpected.compareAndSet("", String.format(Locale.ROOT, " (the first: %s answered %d %s)", doing,
                answer.status(), text.substring(0, Math.min(160, text.length()))));
    }

    private Map<String, String> project() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrfToken", charity.csrfToken());
        form.put("title", "困难学生助学金");
        form.put("description", "为高中和大学在读的困难学生提供助学金，帮助交学费和住宿费。");
        form.put("aidKind", "EDUCATION");
        form.put("target-STUDENTS", "yes");
        form.put("amountPerBeneficiary", "2000");
        form.put("capacity", "20");
        form.put("region-" + Cases.PINGAN_COUNTY, "yes");
        form.put("startsOn", LocalDate.now().minusDays(1).toString());
        form.put("endsOn", LocalDate.now().plusMonths(6).toString());
        return form;
    }

    /** Run when the product has stopped changing offers; waits up to 60 s for its node to apply the whole outbox. */
    void check() throws Exception {
        long last = number("SELECT COALESCE(MAX(id), 0) FROM search_outbox");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (number("SELECT COALESCE(MAX(position), 0) FROM search_node") < last && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        Path folder = Path.of(stage.configuration.get("jiuzhu.data-dir")).resolve("search");
        Map<Long, String> states = states();
        long wrongState = acknowledged.entrySet().stream().filter(a -> !a.getValue().equals(UNKNOWN)
                && !a.getValue().equals(states.get(a.getKey()))).count();
        Map<String, Long> tally = new TreeMap<>();
        acknowledged.values().forEach(state -> tally.merge(state, 1L, Long::sum));
        StringBuilder index = new StringBuilder();
        // Without publishes and pauses, and searchable offers in the index, the comparison below could not fail.
        boolean held = published.get() > 0 && paused.get() > 0 && unexpected.get() == 0 && wrongState == 0;
        try (ApplicationContext context = Population.context(stage.configuration)) {
            for (Side side : Side.values()) {
                IndexFolder.Contents contents = IndexFolder.read(folder, side);
                Set<Long> searchable = IndexFolder.searchable(context, side);
                long missing = searchable.stream().filter(id -> !contents.ids().contains(id)).count();
                long extra = contents.ids().stream().filter(id -> !searchable.contains(id)).count();
                index.append(String.format(Locale.ROOT, "; %s index: %d searchable, %d documents, %d missing, %d extra",
                        side.name().toLowerCase(Locale.ROOT), searchable.size(), contents.documents(), missing, extra));
                held &= contents.position() >= last && contents.eachOnce() && missing == 0 && extra == 0
                        && (side != Side.OFFER || !searchable.isEmpty());
            }
        }
        stage.outcome.add("F5 kill -9 while indexing", String.format(Locale.ROOT, "%d offer changes acknowledged "
                        + "(%d publishes, %d pauses; last states %s), %d requests refused or cut by the kills, %d "
                        + "outbox rows not yet applied at the kills, %s other answers; %d acknowledged states not "
                        + "stored%s", changes.get(), published.get(), paused.get(), tally, cut.get(), behindAtKills,
                        unexpected.get() + firstUnexpected.get(), wrongState, index),
                "each searchable offer and need indexed once, nothing else", held);
    }

    private Map<Long, String> states() throws Exception {
        Map<Long, String> states = new HashMap<>();
        try (Connection c = stage.db.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, status FROM offer")) {
            while (r.next()) {
                states.put(r.getLong(1), r.getString(2));
            }
        }
        return states;
    }

    private long number(String sql) throws Exception {
        try (Connection c = stage.db.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
