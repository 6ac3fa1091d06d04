package org.jiuzhu.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.jiuzhu.Cases;
import org.jiuzhu.WebSession;
import org.jiuzhu.core.chrome.web.SessionCookie;

import java.io.IOException;
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
 * (the resident's progress page, logged in), then L3 (logins, each an Argon2id hash). Prints requests per second,
 * p50 and p99, errors, and L1's throughput as a share of {@code /health}'s in the same run.
 */
public final class LoadBenchmark {

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
            run(Integer.getInteger("load.seconds", 20), Integer.getInteger("load.connections", 64));
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private static void run(int seconds, int connections) throws Exception {
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
            List<Figures> figures = new ArrayList<>();
            figures.add(wrk("health", base + "/health", seconds, connections, null));
            figures.add(wrk("L1 progress page", base + "/applications/" + application.id(), seconds, connections,
                    headers(cookie)));
            figures.add(wrk("L3 login", base + "/login", seconds, connections, login(server, application)));
            print(figures, seconds, connections);
        }
    }

    private static Path headers(String cookie) throws IOException {
        return script("wrk.headers[\"Cookie\"] = \"" + cookie + "\"\nwrk.headers[\"Accept\"] = \"text/html\"\n");
    }

    /** A login form as the browser posts it: the page's CSRF cookie and token, the resident's phone and password. */
    private static Path login(EmbeddedServer server, Cases.Case application) throws IOException {
        WebSession visitor = new WebSession(server);
        String token = visitor.get("/login").csrfToken();
        String csrfCookie = server.getApplicationContext().getProperty("micronaut.security.csrf.cookie-name",
                String.class).orElseThrow();
        String body = "csrfToken=" + token + "&username=" + application.phone() + "&password="
                + java.net.URLEncoder.encode(application.password(), StandardCharsets.UTF_8);
        return script("wrk.method = \"POST\"\nwrk.body = \"" + body + "\"\n"
                + "wrk.headers[\"Content-Type\"] = \"application/x-www-form-urlencoded\"\n"
                + "wrk.headers[\"Cookie\"] = \"" + csrfCookie + "=" + visitor.cookie(csrfCookie).orElseThrow() + "\"\n");
    }

    private static Path script(String lua) throws IOException {
        Path file = Files.createTempFile("wrk", ".lua");
        file.toFile().deleteOnExit();
        Files.writeString(file, lua);
        return file;
    }

    private static Figures wrk(String name, String url, int seconds, int connections, Path script) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s",
                "--timeout", "10s", "--latency"));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
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

    private static void print(List<Figures> figures, int seconds, int connections) {
        System.out.printf(Locale.ROOT, "%nLoad on %d cores, wrk -t1 -c%d -d%ds against 127.0.0.1%n",
                Runtime.getRuntime().availableProcessors(), connections, seconds);
        System.out.printf(Locale.ROOT, "%-20s %10s %10s %10s %8s%n", "run", "req/s", "p50 ms", "p99 ms", "errors");
        for (Figures f : figures) {
            System.out.printf(Locale.ROOT, "%-20s %10.1f %10.2f %10.2f %8d%n", f.name(), f.rate(), f.p50(), f.p99(),
                    f.errors());
        }
        System.out.printf(Locale.ROOT, "L1 / health throughput: %.2f (target >= 0.25); L1 p99 %.1f ms (target <= 50)%n",
                figures.get(1).rate() / figures.get(0).rate(), figures.get(1).p99());
    }
}
