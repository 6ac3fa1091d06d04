package org.jiuzhu.core.audit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class AuditChainTest {

    private final AuditLog audit;
    private final DataSource dataSource;
    private final TransactionOperations<Connection> transactions;

    AuditChainTest(AuditLog audit, DataSource dataSource, TransactionOperations<Connection> transactions) {
        this.audit = audit;
        this.dataSource = org.jiuzhu.Database.raw(dataSource);
        this.transactions = transactions;
    }

    @Test
    void an_untouched_chain_verifies() {
        audit.record(AuditEvent.of(1L, "ADMIN", "TEST_EVENT", AuditResult.SUCCESS, "127.0.0.1"));

        ChainVerification result = audit.verify();

        assertThat(result.intact()).as(result.toString()).isTrue();
        assertThat(result.checked()).isPositive();
    }

    @Test
    void verification_fails_at_the_row_that_was_changed_behind_the_applications_back() throws SQLException {
        AuditEntry entry = audit.record(AuditEvent.of(2L, "CASEWORKER", "TEST_EVENT", AuditResult.DENIED, "127.0.0.1")
                .saying("original"));
        audit.record(AuditEvent.of(2L, "CASEWORKER", "TEST_EVENT", AuditResult.SUCCESS, "127.0.0.1"));
        try {
            setResult(entry.id(), "SUCCESS");

            ChainVerification result = audit.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenId()).hasValue(entry.id());
        } finally {
            setResult(entry.id(), "DENIED");
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void a_rolled_back_change_leaves_no_audit_entry() {
        long before = audit.latest(1).get(0).id();
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            audit.record(AuditEvent.of(3L, "ADMIN", "TEST_EVENT", AuditResult.SUCCESS, "127.0.0.1"));
            throw new IllegalStateException("the audited change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(audit.latest(1).get(0).id()).isEqualTo(before);
        assertThat(audit.verify().intact()).isTrue();
    }

    private void setResult(long id, String result) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE audit_entry SET result = ? WHERE id = ?")) {
            s.setString(1, result);
            s.setLong(2, id);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT result FROM audit_entry WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertThat(r.getString(1)).isEqualTo(result);
            }
        }
    }
}
