package org.jiuzhu.reliability;

import io.micronaut.context.ApplicationContext;
import org.jiuzhu.Cases;
import org.jiuzhu.core.account.web.SessionMint;
import org.jiuzhu.core.application.Submissions;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.ChainVerification;
import org.jiuzhu.core.demo.DemoPlaces;
import org.jiuzhu.core.eligibility.SettingsBook;
import org.jiuzhu.core.form.InvalidInput;
import org.jiuzhu.core.limit.AnonymousForm;
import org.jiuzhu.core.privacy.DataKeys;
import org.jiuzhu.core.region.Regions;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the runs need in the database before the product starts: the demo regions and settings, residents each with a
 * draft ready to submit (one submission each, since a household applies once), and a resident whose submitted
 * application the read load views. Made through the product's own services in a context of the harness's JVM.
 */
final class Population {

    /** A logged-in resident and the draft the submissions send. */
    record Resident(long applicationId, Map<String, String> cookies, String csrfToken) {
    }

    private Population() {
    }

    /** The product's configuration outside the demo mode: the server's URL and freshly generated secrets. */
    static Map<String, String> configuration(DatabaseServer db, String dataDir) {
        SecureRandom random = new SecureRandom();
        Map<String, String> p = new HashMap<>(DataKeys.generate(random));
        p.put("jiuzhu.secrets.jwt", base64(random, 48));
        p.put("jiuzhu.secrets.csrf", base64(random, 48));
        p.put("jiuzhu.secrets.audit", base64(random, 32));
        p.put("datasources.default.url", db.url(DatabaseServer.SCHEMA));
        p.put("datasources.default.username", "root");
        p.put("datasources.default.password", "");
        p.put("jiuzhu.data-dir", dataDir);
        // The scanners use a session minted at the start; a long run would otherwise outlast its idle timeout.
        p.put("jiuzhu.session.idle-timeout", "3h");
        // The scanners send the anonymous forms hundreds of times from one address: at the real allowances most of
        // their injections would meet the 429 page instead of the form's code.
        for (AnonymousForm form : AnonymousForm.values()) {
            p.put("jiuzhu.limits.per-hour." + form.key(), "1000000");
        }
        return p;
    }

    /** {@code count} residents with a ready draft each, and one more whose application is submitted (first). */
    static List<Resident> seed(Map<String, String> configuration, int count) throws Exception {
        Map<String, String> seeding = new HashMap<>(configuration);
        seeding.put(SeedingHasher.PROPERTY, "true");
        try (ApplicationContext context = context(seeding)) {
            DemoPlaces.seed(context.getBean(Regions.class), context.getBean(SettingsBook.class));
            Cases cases = context.getBean(Cases.class);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Resident>> made = new ArrayList<>();
                for (int i = 0; i <= count; i++) {
                    boolean submit = i == 0;
                    made.add(pool.submit(() -> resident(context, cases, submit)));
                }
                List<Resident> residents = new ArrayList<>();
                for (Future<Resident> f : made) {
                    residents.add(f.get());
                }
                return residents;
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** The audit chain's verification, by the product's own check. */
    static ChainVerification verifyAudit(Map<String, String> configuration) {
        try (ApplicationContext context = context(configuration)) {
            return context.getBean(AuditLog.class).verify();
        }
    }

    private static Resident resident(ApplicationContext context, Cases cases, boolean submit) {
        Cases.Ready ready = ready(cases, 3);
        if (submit) {
            Submissions submissions = context.getBean(Submissions.class);
            if (!submissions.submit(ready.resident(), ready.id(), true, submissions.newToken(), Cases.IP).submitted()) {
                throw new IllegalStateException("the read load's application could not be submitted");
            }
        }
        SessionMint.Browser browser = SessionMint.loggedIn(context, ready.account());
        return new Resident(ready.id(), browser.cookies(), browser.csrfToken());
    }

    /** Random ID and phone numbers collide now and then among thousands of residents: draw again. */
    private static Cases.Ready ready(Cases cases, int tries) {
        try {
            return cases.ready();
        } catch (InvalidInput taken) {
            if (tries <= 1) {
                throw taken;
            }
            return ready(cases, tries - 1);
        }
    }

    static ApplicationContext context(Map<String, String> configuration) {
        // The demo mode is decided from system properties and the environment before any configuration is read, and
        // the data folder (search indexes) is read the same way: without it this context would write to ./data.
        System.setProperty("datasources.default.url", configuration.get("datasources.default.url"));
        System.setProperty("jiuzhu.data-dir", configuration.get("jiuzhu.data-dir"));
        Map<String, Object> properties = new HashMap<>(configuration);
        properties.put("micronaut.server.port", -1);
        // The product's process is the only node: a helper context indexing the same folder would compete for its lock.
        properties.put("jiuzhu.search.indexer", "false");
        return ApplicationContext.builder().properties(properties).start();
    }

    private static String base64(SecureRandom random, int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }
}
