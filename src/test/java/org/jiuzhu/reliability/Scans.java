package org.jiuzhu.reliability;

import org.jiuzhu.core.chrome.web.Requests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bad inputs tried by scanners from Debian's packages, against the running product on 127.0.0.1 only: wapiti with an
 * explicit module list (never its default set, whose ssrf module calls a server outside; no bug reports sent) and
 * sqlmap on every form it finds, each once as a visitor and once as a logged-in resident. Both are given a CSRF
 * cookie by hand (the product's cookies are {@code Secure}, which their cookie jars keep from plain HTTP); the pages
 * then carry its token, which sqlmap is told not to test. A finding, or a 500 in the product's log while they ran,
 * fails the run.
 */
final class Scans {

    static final String WAPITI_MODULES = "sql,blindsql,xss,permanentxss,exec,file,crlf,redirect,csrf,http_headers,"
            + "cookieflags,csp";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");
    private static final Pattern INCIDENT = Pattern.compile("ERROR .*Incident ");

    private final Stage stage;
    private final String csrfCookie;
    private final String sessionCookie;

    Scans(Stage stage) {
        this.stage = stage;
        this.csrfCookie = stage.configuration.getOrDefault("micronaut.security.csrf.cookie-name", "__Host-jiuzhu-csrf");
        this.sessionCookie = "__Host-jiuzhu-session";
    }

    /**
     * Scans as a visitor, as {@code resident} and as each of the staff {@code personas}: wapiti crawls for
     * {@code crawlSeconds} and then gives each module at most {@code attackSeconds}; sqlmap stops after
     * {@code sqlmapSeconds}. The staff's pages get wapiti in the thorough run only (the short run would pass its ten
     * minutes), sqlmap's crawl of their forms and its tests of the JSON API in both. wapiti and sqlmap run side by side,
     * each going through its personas in turn: both mostly wait for answers, and one after the other they took half of
     * the short run.
     */
    void run(Population.Resident resident, Personas personas, Bounds bounds) throws Exception {
        if (!installed("wapiti") || !installed("sqlmap")) {
            stage.outcome.add("scanners", "wapiti or sqlmap missing", "apt-get install wapiti sqlmap", false);
            return;
        }
        long incidentsBefore = incidents();
        List<Target> targets = new ArrayList<>(List.of(new Target("visitor", visitorCookies(), "", false),
                new Target("resident", cookieHeader(resident.cookies()), "", false)));
        personas.logins().forEach((who, persona) ->
                targets.add(new Target(who, cookieHeader(persona.cookies()), persona.home(), true)));
        // Before any staff crawl: the department's crawl posts every form of its keys page, revoke included.
        List<String> findings = new ArrayList<>(new ApiScans(this, personas).run(bounds));
        ExecutorService lanes = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> wapiti = lanes.submit(() -> {
                List<String> found = new ArrayList<>();
                for (Target t : targets) {
                    if (bounds.thorough() || !t.staff()) {
                        found.addAll(wapiti(t.who(), t.cookies(), t.home(), bounds));
                    }
                }
                return found;
            });
            Future<List<String>> sqlmap = lanes.submit(() -> {
                List<String> found = new ArrayList<>();
                for (Target t : targets) {
                    found.addAll(sqlmap(t.who(), t.cookies(), t.home(), bounds));
                }
                return found;
            });
            findings.addAll(wapiti.get());
            findings.addAll(sqlmap.get());
        } finally {
            lanes.shutdownNow();
        }
        long serverErrors = incidents() - incidentsBefore;
        findings.forEach(f -> System.out.println("    finding: " + f));
        stage.outcome.add("wapiti and sqlmap", String.format(Locale.ROOT, "%d findings, %d HTTP 500 in the log",
                findings.size(), serverErrors), "0 and 0", findings.isEmpty() && serverErrors == 0);
    }

    /** Whom a scanner crawls as, from which start page. */
    private record Target(String who, String cookies, String home, boolean staff) {
    }

    /** How long each scanner may run; {@code thorough} leaves out sqlmap's --smart (every parameter fully tested). */
    record Bounds(int crawlSeconds, int attackSeconds, int sqlmapSeconds, boolean thorough) {
    }

    private List<String> wapiti(String who, String cookies, String home, Bounds bounds) throws Exception {
        String base = base() + home;
        Path report = stage.folder.resolve("wapiti-" + who + ".json");
        Files.deleteIfExists(report);
        // scripts/wapiti: Debian's wapiti with its -x patterns fixed for Python 3.11 (see the script).
        List<String> command = new ArrayList<>(List.of(Path.of("scripts", "wapiti").toAbsolutePath().toString(),
                "-u", base, "--scope", "folder", "-m", WAPITI_MODULES, "--no-bugreport", "--endpoint", base,
                "--flush-session", "--store-session", stage.folder.resolve("wapiti-session").toString(),
                "-x", base() + "logout", "--max-scan-time", Integer.toString(bounds.crawlSeconds()),
                "--max-attack-time", Integer.toString(bounds.attackSeconds()), "-t", "10", "-f", "json",
                "-o", report.toString(), "-v", "1", "-H", "Cookie: " + cookies));
        int modules = WAPITI_MODULES.split(",").length;
        run(command, "wapiti-" + who, bounds.crawlSeconds() + modules * (bounds.attackSeconds() + 10) + 60);
        return WapitiReport.findings(report, who);
    }

    private List<String> sqlmap(String who, String cookies, String home, Bounds bounds) throws Exception {
        return sqlmap(who, bounds, List.of("-u", base() + home, "--forms", "--crawl=3", "--crawl-exclude=logout",
                "--cookie=" + cookies));
    }

    /** sqlmap at level 2 and risk 1 with {@code target} (what to test, and as whom); its injection points found. */
    List<String> sqlmap(String who, Bounds bounds, List<String> target) throws Exception {
        Path out = stage.folder.resolve("sqlmap-" + who);
        Path results = stage.folder.resolve("sqlmap-" + who + ".csv");
        Files.deleteIfExists(results);
        List<String> command = new ArrayList<>(List.of("sqlmap"));
        command.addAll(target);
        // The form token and the cookies are not inputs to test: a changed session cookie is simply a visitor. A 401
        // or 404 is an answer to test against (a failed login is 401, an API id that does not exist 404), not a
        // reason to skip the target.
        command.addAll(List.of("--skip=csrfToken," + csrfCookie + "," + sessionCookie + "," + Requests.LANG_COOKIE,
                "--ignore-code=401,404", "--batch", "--level=2", "--risk=1", "--threads=4", "--disable-coloring",
                "--flush-session", "--output-dir=" + out, "--results-file=" + results, "--timeout=10"));
        if (!bounds.thorough()) {
            command.add("--smart");
        }
        boolean finished = run(command, "sqlmap-" + who, bounds.sqlmapSeconds());
        List<String> findings = new ArrayList<>();
        if (!target.contains("--forms")) {
            // One target: sqlmap writes no results file, so its own closing words decide.
            String log = Files.readString(stage.folder.resolve("sqlmap-" + who + ".log"), StandardCharsets.UTF_8);
            if (log.contains("identified the following injection point")) {
                findings.add("sqlmap " + who + ": injection point, see sqlmap-" + who + ".log");
            } else if (finished && !log.contains("do not appear to be injectable")) {
                findings.add("sqlmap " + who + ": did not test, see sqlmap-" + who + ".log");
            }
        } else if (Files.exists(results)) {
            List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
            lines.stream().skip(1).filter(l -> !l.isBlank()).forEach(l -> findings.add("sqlmap " + who + ": " + l));
        } else {
            // No results file means sqlmap never got to scanning: that must not read as "nothing found".
            findings.add("sqlmap " + who + ": no results file, see sqlmap-" + who + ".log");
        }
        if (!finished) {
            System.out.printf(Locale.ROOT, "    sqlmap as %s stopped at its %d s limit%n", who, bounds.sqlmapSeconds());
        }
        return findings;
    }

    /** Runs a scanner with its output in a log file; false when it had to be stopped at the time limit. */
    private boolean run(List<String> command, String name, int seconds) throws Exception {
        Path log = stage.folder.resolve(name + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long start = System.nanoTime();
        boolean finished = p.waitFor(seconds, TimeUnit.SECONDS);
        if (!finished) {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
        System.out.printf(Locale.ROOT, "    %s: %.0f s, exit %d, log %s%n", name, (System.nanoTime() - start) / 1e9,
                p.exitValue(), log);
        return finished;
    }

    private String visitorCookies() throws IOException, InterruptedException {
        Matcher token = CSRF_FIELD.matcher(stage.client.get("/login", Map.of()).body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        // The page's token is the value of the cookie it sets.
        return csrfCookie + "=" + token.group(1);
    }

    static String cookieHeader(Map<String, String> cookies) {
        StringJoiner header = new StringJoiner("; ");
        cookies.forEach((k, v) -> header.add(k + "=" + v));
        return header.toString();
    }

    String base() {
        return "http://127.0.0.1:" + stage.app().port() + "/";
    }

    /** Server errors the product logged so far (each 500 is logged once with an incident id). */
    private long incidents() throws IOException {
        long count = 0;
        try (var logs = Files.list(stage.folder)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("app-")).toList()) {
                count += Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                        .filter(l -> INCIDENT.matcher(l).find()).count();
            }
        }
        return count;
    }

    private static boolean installed(String tool) {
        return Files.isExecutable(Path.of("/usr/bin", tool));
    }
}
