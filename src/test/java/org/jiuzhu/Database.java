package org.jiuzhu;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;

/** Raw JDBC for tests that look at stored rows the way an operator with a SQL client would. */
public final class Database {

    private Database() {
    }

    /** The pool itself: the injected DataSource only lends connections inside a Micronaut transaction. */
    public static DataSource raw(DataSource injected) {
        return DelegatingDataSource.unwrapDataSource(injected);
    }
}
