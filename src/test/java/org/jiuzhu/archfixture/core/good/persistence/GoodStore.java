package org.jiuzhu.archfixture.core.good.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/** Good: JDBC inside a persistence package. */
public class GoodStore {

    public boolean isOpen(Connection connection) throws SQLException {
        return !connection.isClosed();
    }
}
