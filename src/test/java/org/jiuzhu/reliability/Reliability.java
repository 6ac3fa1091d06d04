package org.jiuzhu.reliability;

import org.jiuzhu.core.account.web.SessionMint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Proof under load, faults and attack (docs/RELIABILITY.md): runs the product as production does, in its own JVM
 * against a MariaDB server of its own, on 127.0.0.1 only, and then L2 (submissions with a client-side ledger), F1
 * ({@code kill -9} of the product mid-burst), F2 ({@code kill -9} of MariaDB), F3 (a table locked 10 s), a soak at half
 * load, the reconciliation of the ledger with the database, and wapiti and sqlmap. Prints a summary table; exits 1 if
 * anything did not hold.
 * {@code -Dreliability.long=true} runs the long versions.
 */
public final class Reliability {

    /** How much of each run; {@code faults} false runs the scans alone, {@code scans} null leaves them out. */
    record Plan(String name, boolean faults, int l2Drafts, int f1Rounds, int f2Rounds, long f2DownMillis,
                int soakSeconds, int soakEvery, Scans.Bounds scans) {

        int drafts() {
            int forFaults = l2Drafts + f1Rounds * F1_DRAFTS + Uploads.UPLOADERS + f2Rounds * F2_DRAFTS + F3_DRAFTS
                    + soakSeconds + 10;
            return (faults ? forFaults : 0) + 1;
        }
    }

    static final int F1_DRAFTS = 120;
    static final int F2_DRAFTS = 60;
    static final int F3_DRAFTS = 80;
    // F2 keeps the database down longer than the product caches a session check (10 s), so both paths are tried.
    private static final Scans.Bounds SHORT_SCANS = new Scans.Bounds(20, 6, 60, false);
    private static final Plan SHORT = new Plan("short", true, 300, 3, 2, 12_000, 120, 10, SHORT_SCANS);
    private static final Scans.Bounds LONG_SCANS = new Scans.Bounds(300, 120, 1800, true);
    private static final Plan LONG = new Plan("long", true, 1000, 20, 10, 12_000, 900, 30, LONG_SCANS);

    private Reliability() {
    }

    public static void main(String[] args) {
        Plan plan = Boolean.getBoolean("reliability.long") ? LONG : SHORT;
        String only = System.getProperty("reliability.only", "all");
        if (only.equals("scans")) {
            plan = new Plan("scans", false, 0, 0, 0, 0, 0, 0, plan.scans());
        } else if (only.equals("faults")) {
            plan = new Plan(plan.name() + " faults", true, plan.l2Drafts(), plan.f1Rounds(), plan.f2Rounds(),
                    plan.f2DownMillis(), plan.soakSeconds(), plan.soakEvery(), null);
        }
        Path folder = Path.of(System.getProperty("reliability.dir", "target/reliability")).toAbsolutePath();
        int status;
        try {
            status = run(plan, folder) ? 0 : 1;
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 2;
        }
        System.exit(status);
    }

    private static boolean run(Plan plan, Path folder) throws Exception {
        long began = System.nanoTime();
        // An earlier run's product logs and scanner reports would be read as this run's.
        DatabaseServer.deleteRecursively(folder);
        Files.createDirectories(folder);
        try (DatabaseServer db = DatabaseServer.start(folder.resolve("mariadb"));
             Ledger ledger = new Ledger(folder.resolve("ledger.csv"))) {
            Map<String, String> configuration = Population.configuration(db, folder.resolve("app").toString());
            long seedStart = System.nanoTime();
            List<Population.Resident> residents = Population.seed(configuration, plan.drafts());
            System.out.printf(Locale.ROOT, "==> %s run: %d residents with a ready draft made in %.0f s%n", plan.name(),
                    plan.drafts(), (System.nanoTime() - seedStart) / 1e9);
            Personas personas = plan.scans() == null ? null : Personas.make(configuration);
            SessionMint.Browser charity = plan.faults() ? Indexing.charity(configuration) : null;
            Stage stage = new Stage(folder, db, configuration, residents, ledger);
            try {
                if (plan.faults()) {
                    runAll(plan, stage, new Indexing(stage, charity));
                    new Reconciliation(stage).run(residents.get(0).applicationId());
                }
                if (plan.scans() != null) {
                    // Last: the scanners make complaints, accounts and submissions of their own, which no ledger holds.
                    System.out.println("==> wapiti and sqlmap");
                    new Scans(stage).run(stage.drafts(1).remove(), personas, plan.scans());
                }
            } finally {
                stage.stopApp();
            }
            long serverErrors = stage.samples.where(s -> s.status() == 500).size();
            stage.outcome.add("HTTP 500 answers", Long.toString(serverErrors), "0", serverErrors == 0);
            String table = stage.outcome.table();
            System.out.print(table);
            System.out.printf(Locale.ROOT, "%s run in %.0f s; logs under %s%n", plan.name(),
                    (System.nanoTime() - began) / 1e9, folder);
            Files.writeString(folder.resolve("summary.txt"), table);
            return stage.outcome.allHeld();
        }
    }

    private static void runAll(Plan plan, Stage stage, Indexing indexing) throws Exception {
        Soak soak = new Soak(stage);
        Faults faults = new Faults(stage);
        System.out.println("==> L2: submissions");
        soak.submissions(plan.l2Drafts());
        // F5 has no rounds of its own: the charity changes offers through F1's and F4's kills.
        indexing.start();
        System.out.println("==> F1: kill -9 of the product");
        faults.appKilled(plan.f1Rounds(), F1_DRAFTS);
        System.out.println("==> F4: kill -9 of the product during uploads");
        new Uploads(stage).killedDuringUploads(plan.f1Rounds());
        indexing.stop();
        System.out.println("==> F2: kill -9 of MariaDB");
        faults.databaseKilled(plan.f2Rounds(), plan.f2DownMillis(), F2_DRAFTS);
        System.out.println("==> F3: a table locked");
        faults.tableLocked(10_000, F3_DRAFTS);
        System.out.println("==> soak");
        soak.soak(plan.soakSeconds(), plan.soakEvery());
        // Last: by now the node has passed the outbox ids that killed transactions took and never committed.
        indexing.check();
    }
}
