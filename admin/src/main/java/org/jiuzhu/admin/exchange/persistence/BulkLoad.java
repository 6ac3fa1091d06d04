package org.jiuzhu.admin.exchange.persistence;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Writes a chunk of accepted rows with {@code LOAD DATA LOCAL INFILE}: several times faster than multi-row inserts,
 * whose binary values the driver escapes byte by byte. The rows go through a file in {@code jiuzhu.exchange.bulk-dir},
 * the only folder the driver is allowed to send from ({@code allowLoadLocalInfileInPath} in application.yml), holding
 * ciphertext, person indexes, line numbers and region codes, never a readable ID number or name, and deleted at once.
 *
 * <p>A server with {@code local_infile} off (MySQL 8's default) or a driver without the folder refuses the first
 * load; {@link #available()} finds that out once with an empty file, and {@link RecordStore} then inserts instead.
 */
@Singleton
public class BulkLoad {

    private static final Logger LOG = LoggerFactory.getLogger(BulkLoad.class);
    private static final HexFormat HEX = HexFormat.of();
    private static final String COLUMNS = " INTO TABLE exchange_record CHARACTER SET binary FIELDS TERMINATED BY '\\t' "
            + "ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (batch_id, line, @person, @id, @name, region_code, @facts) "
            + "SET person_bidx = UNHEX(@person), id_number_enc = UNHEX(@id), name_enc = UNHEX(@name), "
            + "facts_enc = UNHEX(@facts)";

    private final DataSource data;
    private final Path folder;
    private final boolean wanted;
    private volatile Boolean available;

    BulkLoad(DataSource data, @Value("${jiuzhu.exchange.bulk-dir}") String folder,
             @Value("${jiuzhu.exchange.bulk-load:true}") boolean wanted) {
        this.data = data;
        this.folder = Paths.get(folder).toAbsolutePath().normalize();
        this.wanted = wanted;
        // The path goes into the statement as a literal: it must not be able to end it.
        if (this.folder.toString().contains("'") || this.folder.toString().contains("\\")) {
            throw new IllegalStateException("jiuzhu.exchange.bulk-dir must not contain a quote or a backslash");
        }
    }

    /** Whether loads work with this server and driver; asked once, with an empty file. */
    public boolean available() {
        Boolean known = available;
        if (known == null) {
            known = wanted && probe();
            available = known;
        }
        return known;
    }

    /** Loads the rows into exchange_record in the caller's transaction. */
    public void load(long batch, List<RecordStore.Record> records) {
        StringBuilder tsv = new StringBuilder(records.size() * 480);
        for (RecordStore.Record r : records) {
            tsv.append(batch).append('\t').append(r.line()).append('\t');
            hex(tsv, r.personIndex()).append('\t');
            hex(tsv, r.idNumber()).append('\t');
            hex(tsv, r.name()).append('\t');
            (r.region() == null ? tsv.append("\\N") : tsv.append(digits(r.region()))).append('\t');
            (r.facts() == null ? tsv.append("\\N") : hex(tsv, r.facts())).append('\n');
        }
        long loaded = loadFile(tsv.toString());
        if (loaded != records.size()) {
            throw new IllegalStateException("a bulk load wrote " + loaded + " of " + records.size() + " rows");
        }
    }

    private boolean probe() {
        try {
            loadFile("");
            return true;
        } catch (RuntimeException e) {
            // Operators see why imports are slower than they could be; the cause names no data.
            LOG.info("Lists are written with multi-row inserts: LOAD DATA LOCAL INFILE is refused here ({})",
                    e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            return false;
        }
    }

    private long loadFile(String content) {
        Path file = null;
        try {
            Files.createDirectories(folder);
            file = Files.writeString(folder.resolve(UUID.randomUUID() + ".tsv"), content, StandardCharsets.US_ASCII);
            try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
                return s.executeLargeUpdate("LOAD DATA LOCAL INFILE '" + file + "'" + COLUMNS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a bulk file", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load a chunk of an import", e);
        } finally {
            delete(file);
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("A bulk file could not be deleted: {}", file.getFileName());
            }
        }
    }

    private static StringBuilder hex(StringBuilder to, byte[] bytes) {
        return HEX.formatHex(to, bytes);
    }

    /** Region codes are checked digits; anything else would be a bug, and must not reach a file the server parses. */
    private static String digits(String region) {
        for (int i = 0; i < region.length(); i++) {
            if (region.charAt(i) < '0' || region.charAt(i) > '9') {
                throw new IllegalArgumentException("region code is not digits");
            }
        }
        return region;
    }
}
