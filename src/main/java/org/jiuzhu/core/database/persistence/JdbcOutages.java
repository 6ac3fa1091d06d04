package org.jiuzhu.core.database.persistence;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import jakarta.inject.Singleton;
import org.jiuzhu.core.database.Outages;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/** Outages as the pool, Micronaut Data and the MySQL driver report them. */
@Singleton
class JdbcOutages implements Outages {

    /** MariaDB's and MySQL's "lock wait timeout exceeded" (row or table lock) and "deadlock found". */
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final int DEADLOCK = 1213;

    @Override
    public boolean explains(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // ConnectionException: the connection broke under the transaction (setting auto-commit back, for one).
            if (t instanceof CannotGetJdbcConnectionException || t instanceof ConnectionException
                    || t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == LOCK_WAIT_TIMEOUT || sql.getErrorCode() == DEADLOCK
                    || (sql.getSQLState() != null && sql.getSQLState().startsWith("08")))) {
                return true;
            }
        }
        return false;
    }
}
