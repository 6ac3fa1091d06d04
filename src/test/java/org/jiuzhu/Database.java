package org.jiuzhu;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Raw JDBC for tests that look at stored rows the way an operator with a SQL client would. */
public final class Database {

    private Database() {
    }

    /** The pool itself: the injected DataSource only lends connections inside a Micronaut transaction. */
    public static DataSource raw(DataSource injected) {
        return DelegatingDataSource.unwrapDataSource(injected);
    }

    /** The single number a {@code SELECT COUNT(*)}-like query returns, with its parameters bound in order. */
    public static long number(DataSource raw, String sql, Object... parameters) {
        try (Connection c = raw.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The single text a one-row query returns ({@code null} when there is no row). */
    public static String text(DataSource raw, String sql, Object... parameters) {
        try (Connection c = raw.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The single binary value a one-row query returns ({@code null} when there is no row). */
    public static byte[] bytes(DataSource raw, String sql, Object... parameters) {
        try (Connection c = raw.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one statement that changes rows (a fixture moving a date, say), with its parameters bound in order. */
    public static int update(DataSource raw, String sql, Object... parameters) {
        try (Connection c = raw.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
