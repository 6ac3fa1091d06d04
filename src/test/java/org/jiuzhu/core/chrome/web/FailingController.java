package org.jiuzhu.core.chrome.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Test-only: routes that fail the way an unexpected bug would, with internals in the exception message, or the way an
 * unavailable database does.
 */
@Controller("/test-only/failure")
@Requires(env = "test")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class FailingController {

    @Get
    String fail() {
        throw new IllegalStateException("SELECT secret FROM account WHERE id_number = '110105194912310021'");
    }

    /** What the pool throws while the database is down: no connection within its timeout. */
    @Get("/database-down")
    String databaseDown() {
        throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
    }

    /** What a statement blocked by another session's table lock gets after lock_wait_timeout. */
    @Get("/table-locked")
    String tableLocked() {
        throw new DataAccessException("Error executing SQL UPDATE: SELECT secret FROM account",
                new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205));
    }
}
