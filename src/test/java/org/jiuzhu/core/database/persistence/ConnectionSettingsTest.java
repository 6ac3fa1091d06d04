package org.jiuzhu.core.database.persistence;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.conf.PropertySet;
import com.mysql.cj.jdbc.JdbcConnection;
import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jiuzhu.Database;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pool's settings reach the driver and the server. Settings given in application.yml that the driver does not
 * understand are dropped without a word, which is how an unquoted {@code cachePrepStmts: true} once went unnoticed.
 */
@MicronautTest(transactional = false)
class ConnectionSettingsTest {

    @Inject
    DataSource injected;

    @Value("${jiuzhu.exchange.bulk-dir}")
    String bulkDir;

    @Test
    void the_driver_caches_statements_keeps_session_state_and_sends_files_only_from_the_bulk_folder() throws Exception {
        try (Connection connection = Database.raw(injected).getConnection()) {
            PropertySet driver = connection.unwrap(JdbcConnection.class).getPropertySet();
            assertThat(driver.getBooleanProperty(PropertyKey.cachePrepStmts).getValue()).isTrue();
            assertThat(driver.getIntegerProperty(PropertyKey.prepStmtCacheSize).getValue()).isEqualTo(250);
            assertThat(driver.getIntegerProperty(PropertyKey.prepStmtCacheSqlLimit).getValue()).isEqualTo(2048);
            assertThat(driver.getBooleanProperty(PropertyKey.useLocalSessionState).getValue()).isTrue();
            assertThat(driver.getBooleanProperty(PropertyKey.allowLoadLocalInfile).getValue()).isFalse();
            assertThat(driver.getStringProperty(PropertyKey.allowLoadLocalInfileInPath).getValue()).isEqualTo(bulkDir);
        }
    }

    @Test
    void sessions_read_committed_rows_and_give_up_on_locks_within_seconds() throws Exception {
        try (Connection connection = Database.raw(injected).getConnection();
             Statement statement = connection.createStatement();
             // tx_isolation: MariaDB 10.11 does not know MySQL 8's transaction_isolation.
             ResultSet row = statement.executeQuery("SELECT @@SESSION.tx_isolation, "
                     + "@@SESSION.lock_wait_timeout, @@SESSION.innodb_lock_wait_timeout")) {
            assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("READ-COMMITTED");
            assertThat(row.getLong(2)).isEqualTo(2);
            assertThat(row.getLong(3)).isEqualTo(5);
        }
    }
}
