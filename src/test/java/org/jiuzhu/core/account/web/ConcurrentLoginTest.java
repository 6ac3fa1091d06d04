package org.jiuzhu.core.account.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many logins to one account at the same moment (a shared office computer, a family, a load test) all succeed: the
 * throttle counter they each lock is taken in one order, never upgraded from shared to exclusive, never deleted and
 * re-inserted. Under wrk the old way answered most of them with a deadlock's 500.
 */
@MicronautTest(transactional = false)
class ConcurrentLoginTest {

    private final EmbeddedServer server;
    private final StaffAccounts staff;

    ConcurrentLoginTest(EmbeddedServer server, StaffAccounts staff) {
        this.server = server;
        this.staff = staff;
    }

    @Test
    void simultaneousLoginsToOneAccountAllSucceed() throws Exception {
        Staff.Login login = Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP);
        List<WebSession> sessions = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            WebSession session = new WebSession(server);
            tokens.add(session.get("/login").csrfToken());
            sessions.add(session);
        }
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < sessions.size(); i++) {
                WebSession session = sessions.get(i);
                String token = tokens.get(i);
                answers.add(pool.submit(() -> session.post("/login", java.util.Map.of("csrfToken", token,
                        "username", login.username(), "password", login.password())).status()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(303);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
