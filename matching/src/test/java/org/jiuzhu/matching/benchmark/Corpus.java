package org.jiuzhu.matching.benchmark;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * The benchmark's synthetic corpus in the database: a Guangxi-sized fictional province (code 98), 2,000 verified
 * charities, their offers and the needs of its villages, written straight into the tables the product reads.
 * The same seed and sizes always give the same corpus; a corpus of other sizes is removed first.
 */
final class Corpus {

    /** What to generate. */
    record Size(int offers, int needs, long seed) {
    }

    private final DataSource data;

    Corpus(DataSource data) {
        this.data = data;
    }

    /** Whether the database holds exactly this corpus already. */
    boolean present(Size size) throws SQLException {
        return count("SELECT COUNT(*) FROM offer o JOIN charity_organization c ON c.id = o.organization_id "
                + "WHERE c.region_code LIKE '98%'") == size.offers()
                && count("SELECT COUNT(*) FROM need WHERE region_code LIKE '98%'") == size.needs();
    }

    /** Removes any earlier corpus, then writes this one; answers the milliseconds it took. */
    long generate(Size size, LocalDate today) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = data.getConnection()) {
            connection.setAutoCommit(true);
            remove(connection);
            long author = first(connection, "SELECT id FROM account WHERE role = 'CHARITY' ORDER BY id LIMIT 1");
            long resident = first(connection, "SELECT id FROM account WHERE role = 'RESIDENT' ORDER BY id LIMIT 1");
            SyntheticRegions regions = new SyntheticRegions(size.seed());
            regions.write(connection);
            long organization = first(connection, "SELECT COALESCE(MAX(id), 0) + 1 FROM charity_organization");
            long offer = first(connection, "SELECT COALESCE(MAX(id), 0) + 1 FROM offer");
            new SyntheticOffers(regions, size.seed() + 1, today, author).write(connection, organization, offer,
                    size.offers());
            new SyntheticNeeds(regions, size.seed() + 2, today, resident).write(connection, size.needs());
            try (Statement statement = connection.createStatement()) {
                // Fresh statistics, so the SQL baseline is planned on the tables as they are.
                statement.execute("ANALYZE TABLE offer, offer_region, offer_slot, need, assistance_chain, region");
            }
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    /**
     * Lets InnoDB write out what the generation left in memory, so that the rebuild is timed on a database at rest,
     * as it would be in production, not against a flush of a million fresh rows. Answers the milliseconds waited.
     */
    long settle() throws SQLException, InterruptedException {
        long started = System.nanoTime();
        try (Connection connection = data.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET GLOBAL innodb_max_dirty_pages_pct = 0");
            try {
                while (dirtyPages(statement) > 0 && System.nanoTime() - started < 180_000_000_000L) {
                    Thread.sleep(500);
                }
            } finally {
                statement.execute("SET GLOBAL innodb_max_dirty_pages_pct = DEFAULT");
            }
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long dirtyPages(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_pages_dirty'")) {
            return rows.next() ? rows.getLong(2) : 0;
        }
    }

    private void remove(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM need WHERE region_code LIKE '98%'");
            s.executeUpdate("DELETE FROM assistance_chain WHERE region_code LIKE '98%'");
            String ours = "SELECT o.id FROM offer o JOIN charity_organization c ON c.id = o.organization_id "
                    + "WHERE c.region_code LIKE '98%'";
            s.executeUpdate("DELETE FROM offer_slot WHERE offer_id IN (" + ours + ")");
            s.executeUpdate("DELETE FROM offer_region WHERE offer_id IN (" + ours + ")");
            s.executeUpdate("DELETE o FROM offer o JOIN charity_organization c ON c.id = o.organization_id "
                    + "WHERE c.region_code LIKE '98%'");
            s.executeUpdate("DELETE FROM charity_served_region WHERE region_code LIKE '98%'");
            s.executeUpdate("DELETE FROM charity_organization WHERE region_code LIKE '98%'");
            for (String level : new String[]{"VILLAGE", "TOWNSHIP", "COUNTY", "CITY", "PROVINCE"}) {
                s.executeUpdate("DELETE FROM region WHERE code LIKE '98%' AND division_level = '" + level + "'");
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = data.getConnection()) {
            return first(connection, sql);
        }
    }

    private static long first(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("no row for " + sql);
            }
            return rows.getLong(1);
        }
    }
}
