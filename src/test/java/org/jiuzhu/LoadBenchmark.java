package org.jiuzhu;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.core.chrome.web.SessionCookie;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load held (docs/RELIABILITY.md): starts the product on its embedded database, makes a resident with a submitted
 * application, and drives it with wrk on 127.0.0.1 only, each run bounded by its duration: {@code /health}, then L1
 * (the resident's progress page, logged in), then L3 (logins to 32 accounts, each an Argon2id hash), each after an
 * untimed warm-up run. Prints requests per second,
 * p50 and p99, errors, and L1's throughput as a share of {@code /health}'s in the same run.
 */
public final class LoadBenchmark {

    private static final int ACCOUNTS = 32;
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)(?:\\.000)?%\\s+([0-9.]+)(us|ms|s)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), "
            + "timeout (\\d+)");

    private LoadBenchmark() {
    }

    /** One wrk run's figures. */
    record Figures(String name, double rate, double p50, double p99, long errors) {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run(Integer.getInteger("load.seconds", 20), Integer.getInteger("load.warmup", 10),
                    Integer.getInteger("load.connections", 64));
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private static void run(int seconds, int warmup, int connections) throws Exception {
        try (ApplicationContext context = ApplicationContext.builder().start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            if (!server.isRunning()) {
                server.start();
            }
            Cases.Case application = context.getBean(Cases.class).submitted();
            WebSession resident = Cases.residentSession(server, application);
            String sessionCookie = context.getBean(SessionCookie.class).name();
            String cookie = sessionCookie + "=" + resident.cookie(sessionCookie).orElseThrow();
            String base = server.getURL().toString();
            // -Dload.runs=L1 runs one of them alone, e.g. under a profiler; L1+L3 runs pages beside a login flood.
            List<String> runs = List.of(System.getProperty("load.runs", "health,L1,L3").split(","));
            List<Figures> figures = new ArrayList<>();
            if (runs.contains("health")) {
                figures.add(measured("health", base + "/health", seconds, warmup, connections, null));
            }
            if (runs.contains("L1")) {
                figures.add(measured("L1 progress page", base + "/applications/" + application.id(), seconds, warmup,
                        connections, headers(cookie)));
            }
            if (runs.contains("L3")) {
                figures.add(measured("L3 login", base + "/login", seconds, warmup, connections,
                        login(server, context)));
            }
            if (runs.contains("L1+L3")) {
                // Pages while a flood of logins waits for the Argon2 slots: they must still be served.
                Process flood = start(base + "/login", seconds + 2 * warmup, connections, login(server, context));
                Thread.sleep(warmup * 1000L);
                figures.add(wrk("L1 during L3", base + "/applications/" + application.id(), seconds, connections,
                        headers(cookie)));
                figures.add(finish("L3 beside L1", flood, seconds + 2 * warmup));
            }
            print(figures, seconds, warmup, connections);
            // Requests wrk left queued behind the Argon2 limit finish before the database stops under them.
            Thread.sleep(5000);
        }
    }

    private static Path headers(String cookie) throws IOException {
        return script("wrk.headers[\"Cookie\"] = \"" + cookie + "\"\nwrk.headers[\"Accept\"] = \"text/html\"\n");
    }

    /**
     * Login forms as browsers post them, the page's CSRF cookie and token with each, rotating over {@value #ACCOUNTS}
     * staff accounts: logins to one account wait for each other by design (its throttle counter is locked while the
     * password is hashed), logins to different accounts only for the hashing limit.
     */
    private static Path login(EmbeddedServer server, ApplicationContext context) throws IOException {
        WebSession visitor = new WebSession(server);
        String token = visitor.get("/login").csrfToken();
        String csrfCookie = context.getProperty("micronaut.security.csrf.cookie-name", String.class).orElseThrow();
        StringBuilder bodies = new StringBuilder("bodies = {\n");
        StaffAccounts staff = context.getBean(StaffAccounts.class);
        for (int i = 0; i < ACCOUNTS; i++) {
            Staff.Login login = Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP);
            bodies.append("  \"csrfToken=").append(token).append("&username=").append(login.username())
                    .append("&password=").append(URLEncoder.encode(login.password(), StandardCharsets.UTF_8))
                    .append("\",\n");
        }
        return script(bodies + "}\ni = 0\n"
                + "wrk.headers[\"Content-Type\"] = \"application/x-www-form-urlencoded\"\n"
                + "wrk.headers[\"Cookie\"] = \"" + csrfCookie + "=" + visitor.cookie(csrfCookie).orElseThrow() + "\"\n"
                + "request = function()\n  i = i % #bodies + 1\n  return wrk.format(\"POST\", nil, nil, bodies[i])\nend\n");
    }

    private static Path script(String lua) throws IOException {
        Path file = Files.createTempFile("wrk", ".lua");
        file.toFile().deleteOnExit();
        Files.writeString(file, lua);
        return file;
    }

    /**
     * An untimed run first: the JIT compiles the route's code while it runs (on 2 cores, compiler threads took
     * about a third of the CPU in a cold 20-second run), and the figures are meant to describe the warm product.
     */
    private static Figures measured(String name, String url, int seconds, int warmup, int connections, Path script)
            throws Exception {
        if (warmup > 0) {
            wrk(name + " (warm-up)", url, warmup, connections, script);
        }
        return wrk(name, url, seconds, connections, script);
    }

    private static Figures wrk(String name, String url, int seconds, int connections, Path script) throws Exception {
        return finish(name, start(url, seconds, connections, script), seconds);
    }

    private static Process start(String url, int seconds, int connections, Path script) throws IOException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s",
                "--timeout", "10s", "--latency"));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static Figures finish(String name, Process wrk, int seconds) throws Exception {
        if (!wrk.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
            wrk.destroyForcibly();
            throw new IllegalStateException("wrk did not stop: " + name);
        }
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return parse(name, out);
    }

    static Figures parse(String name, String out) {
        Matcher rate = RATE.matcher(out);
        if (!rate.find()) {
            throw new IllegalStateException("no figures from wrk for " + name + ":\n" + out);
        }
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        Matcher percentile = PERCENTILE.matcher(out);
        while (percentile.find()) {
            double millis = Double.parseDouble(percentile.group(2)) * switch (percentile.group(3)) {
                case "us" -> 0.001;
                case "s" -> 1000;
                default -> 1;
            };
            if (percentile.group(1).equals("50")) {
                p50 = millis;
            } else {
                p99 = millis;
            }
        }
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(out);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET.matcher(out);
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                errors += Long.parseLong(socket.group(i));
            }
        }
        return new Figures(name, Double.parseDouble(rate.group(1)), p50, p99, errors);
    }

    private static void print(List<Figures> figures, int seconds, int warmup, int connections) {
        System.out.printf(Locale.ROOT, "%nLoad on %d cores, wrk -t1 -c%d -d%ds against 127.0.0.1, each run after %d s "
                + "of warm-up%n", Runtime.getRuntime().availableProcessors(), connections, seconds, warmup);
        System.out.printf(Locale.ROOT, "%-20s %10s %10s %10s %8s%n", "run", "req/s", "p50 ms", "p99 ms", "errors");
        for (Figures f : figures) {
            System.out.printf(Locale.ROOT, "%-20s %10.1f %10.2f %10.2f %8d%n", f.name(), f.rate(), f.p50(), f.p99(),
                    f.errors());
        }
        if (figures.size() > 1 && figures.get(0).name().equals("health")
                && figures.get(1).name().startsWith("L1")) {
            System.out.printf(Locale.ROOT, "L1 / health throughput: %.2f (target >= 0.25); L1 p99 %.1f ms "
                    + "(target <= 50)%n", figures.get(1).rate() / figures.get(0).rate(), figures.get(1).p99());
        }
    }
}
