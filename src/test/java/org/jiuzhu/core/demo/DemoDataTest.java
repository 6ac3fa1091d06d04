package org.jiuzhu.core.demo;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.core.account.Role;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class DemoDataTest {

    private final DataSource dataSource;

    DemoDataTest(DataSource dataSource) {
        this.dataSource = org.jiuzhu.Database.raw(dataSource);
    }

    @Test
    void the_demo_mode_seeds_one_account_per_role_in_a_region_tree_marked_demo() throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        try (Connection c = dataSource.getConnection();
             ResultSet r = c.createStatement().executeQuery(
                     "SELECT DISTINCT a.role FROM account a JOIN region g ON g.code = a.region_code WHERE g.demo")) {
            while (r.next()) {
                roles.add(Role.valueOf(r.getString(1)));
            }
        }
        assertThat(roles).containsAll(EnumSet.allOf(Role.class));
        try (Connection c = dataSource.getConnection();
             ResultSet r = c.createStatement().executeQuery(
                     "SELECT COUNT(*), SUM(demo) FROM region WHERE code LIKE '99%'")) {
            r.next();
            assertThat(r.getLong(1)).isEqualTo(16).isEqualTo(r.getLong(2));
        }
        try (Connection c = dataSource.getConnection();
             ResultSet r = c.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM notice WHERE title LIKE '%（演示）' AND withdrawn_at IS NULL")) {
            r.next();
            assertThat(r.getLong(1)).as("the demo's public notices").isEqualTo(2);
        }
        try (Connection c = dataSource.getConnection();
             ResultSet r = c.createStatement().executeQuery("SELECT GROUP_CONCAT(status ORDER BY id) FROM complaint "
                     + "WHERE text LIKE '%（演示）' AND channel = 'HOTLINE'")) {
            r.next();
            assertThat(r.getString(1)).as("the demo's hotline calls").isEqualTo("RECEIVED,DISPATCHED");
        }
    }
}
