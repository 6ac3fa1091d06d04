package org.jiuzhu;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A client that writes its own X-Forwarded-For, straight to the server, is counted and audited by its connection. */
@MicronautTest(transactional = false)
@Property(name = "jiuzhu.limits.per-hour.resident-registration", value = "1")
@Property(name = "jiuzhu.proxy.trusted", value = "10.9.9.9")
class ForwardedForTest {

    private final EmbeddedServer server;
    private final DataSource db;

    ForwardedForTest(EmbeddedServer server, DataSource dataSource) {
        this.server = server;
        this.db = Database.raw(dataSource);
    }

    @Test
    void aForwardedForHeaderFromAConnectionNoTrustedProxyOwnsIsIgnored() {
        assertThat(register(new WebSession(server).forwardedFor("203.0.113.30"), "自称甲").status()).isEqualTo(303);
        assertThat(Database.text(db, "SELECT e.ip FROM audit_entry e JOIN account a ON e.record_id = a.id "
                + "WHERE e.action = 'ACCOUNT_REGISTERED' AND a.display_name = '自称甲'")).isEqualTo("127.0.0.1");

        WebSession.Page second = register(new WebSession(server).forwardedFor("203.0.113.31"), "自称乙");

        assertThat(second.status()).isEqualTo(429);
    }

    private WebSession.Page register(WebSession session, String name) {
        return session.submit("/register", "/register",
                People.registration(name, People.phone(), People.idNumber(), People.XINGFU_VILLAGE, People.password()));
    }
}
