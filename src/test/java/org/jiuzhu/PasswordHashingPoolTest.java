package org.jiuzhu;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.scheduling.executor.ExecutorType;
import io.micronaut.scheduling.executor.UserExecutorConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.PasswordHasher;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.matching.Charities;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages run on a fixed pool the size of the database pool; every request that hashes or checks a password runs on a
 * pool of its own, so that a flood of logins waiting for Argon2 slots cannot hold the threads pages need.
 */
@MicronautTest(transactional = false)
@Property(name = "jiuzhu.test.recording-hasher", value = "true")
class PasswordHashingPoolTest {

    private static final Pattern FILED = Pattern.compile("/complaints/filed\\?code=([2-9A-Z]{10})");
    private static final List<String> THREADS = new CopyOnWriteArrayList<>();

    private final EmbeddedServer server;
    private final StaffAccounts staff;

    PasswordHashingPoolTest(EmbeddedServer server, StaffAccounts staff) {
        this.server = server;
        this.staff = staff;
    }

    @Test
    void pages_run_on_as_many_threads_as_there_are_database_connections() {
        Integer connections = server.getApplicationContext()
                .getProperty("datasources.default.maximum-pool-size", Integer.class).orElseThrow();

        assertThat(executor("io").getType()).isEqualTo(ExecutorType.FIXED);
        assertThat(executor("io").getNumberOfThreads()).isEqualTo(connections).isEqualTo(16);
        assertThat(executor(PasswordHasher.EXECUTOR).getType()).isEqualTo(ExecutorType.FIXED);
        assertThat(executor(PasswordHasher.EXECUTOR).getNumberOfThreads()).isEqualTo(8);
    }

    @Test
    void every_request_that_hashes_or_checks_a_password_runs_on_the_hashing_pool() {
        THREADS.clear();
        String self = Thread.currentThread().getName();
        // Registration and login.
        Residents.Resident resident = Residents.loggedIn(server, "线程测试");
        String next = People.password();
        assertThat(resident.session().submit("/account/password", "/account/password", Map.of("currentPassword",
                resident.password(), "newPassword", next, "passwordConfirmation", next)).status()).isEqualTo(303);
        // An anonymous complaint with its query password, then followed with it.
        WebSession visitor = new WebSession(server);
        Map<String, String> complaint = Map.of("type", "OTHER", "identity", "anonymous", "regionCode",
                People.XINGFU_VILLAGE, "subjectKind", "NONE", "text", "办事大厅的叫号机坏了一个星期，没有人修理。",
                "password", "mima2026", "passwordAgain", "mima2026",
                "csrfToken", visitor.get("/complaints/new").csrfToken());
        Matcher code = FILED.matcher(visitor.postMultipart("/complaints/new", complaint, List.of()).location());
        assertThat(code.find()).isTrue();
        assertThat(new WebSession(server).submit("/complaints/track", "/complaints/track",
                Map.of("code", code.group(1), "password", "mima2026")).location()).isEqualTo("/complaints/track/view");
        // A staff account made by a supervisor, and a charity's first user.
        WebSession supervisor = WebSession.as(server, Staff.create(staff, Role.SUPERVISOR, Staff.CITY));
        assertThat(supervisor.submit("/admin/staff/new", "/admin/staff", Map.of("username", "pool" + System.nanoTime()
                % 1_000_000_000L, "displayName", "新经办员", "role", "CASEWORKER", "regionCode", Staff.CHENGGUAN_TOWNSHIP,
                "department", "")).status()).isEqualTo(201);
        Charities.registered(server, Charities.PINGAN_COUNTY);

        List<String> overHttp = THREADS.stream().filter(name -> !name.equals(self)).toList();
        // register, login, password (check and hash), complaint, tracking, staff, charity, and the test's own logins
        assertThat(overHttp).hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(name -> assertThat(name).startsWith(PasswordHasher.EXECUTOR + "-"));
    }

    private UserExecutorConfiguration executor(String name) {
        return server.getApplicationContext().getBean(UserExecutorConfiguration.class, Qualifiers.byName(name));
    }

    /** The product's hasher, noting the thread of every hash and check. */
    @Singleton
    @Replaces(PasswordHasher.class)
    @Requires(property = "jiuzhu.test.recording-hasher", value = "true")
    static class RecordingHasher extends PasswordHasher {

        @Override
        public String hash(char[] password) {
            THREADS.add(Thread.currentThread().getName());
            return super.hash(password);
        }

        @Override
        public boolean matches(char[] password, String phc) {
            THREADS.add(Thread.currentThread().getName());
            return super.matches(password, phc);
        }

        @Override
        public boolean matchesNothing(char[] password) {
            THREADS.add(Thread.currentThread().getName());
            return super.matchesNothing(password);
        }
    }
}
