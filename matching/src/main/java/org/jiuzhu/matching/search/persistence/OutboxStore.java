package org.jiuzhu.matching.search.persistence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** search_outbox, search_node and search_database. */
@Singleton
public class OutboxStore {

    /** One change to apply: which side and which row. */
    @MappedEntity("search_outbox")
    public record Entry(@Id long id, String side, @MappedProperty("entity_id") long entityId,
                        @MappedProperty("created_at") Instant createdAt) {
    }

    /** The database's identity and how far the outbox was pruned. */
    @Introspected
    public record Database(@MappedProperty("instance_id") String instanceId, @MappedProperty("pruned_to") long prunedTo) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Rows extends GenericRepository<Entry, Long> {

        @Query("INSERT INTO search_outbox (side, entity_id, created_at) VALUES (:side, :entity, :now)")
        void append(String side, long entity, Instant now);

        @Query("SELECT id, side, entity_id, created_at FROM search_outbox WHERE id > :after ORDER BY id LIMIT :limit")
        List<Entry> after(long after, int limit);

        @Query("SELECT COALESCE(MAX(id), 0) FROM search_outbox")
        long last();

        @Query("SELECT instance_id, pruned_to FROM search_database WHERE id = 1")
        Optional<Database> database();

        @Query("""
                INSERT INTO search_node (node, position, seen_at) VALUES (:node, :position, :now)
                ON DUPLICATE KEY UPDATE position = VALUES(position), seen_at = VALUES(seen_at)""")
        void report(String node, long position, Instant now);

        @Query("SELECT COALESCE(MIN(position), 0) FROM search_node WHERE seen_at > :since")
        long slowestSince(Instant since);

        @Query("DELETE FROM search_outbox WHERE id <= :through AND created_at < :before")
        long prune(long through, Instant before);

        @Query("UPDATE search_database SET pruned_to = GREATEST(pruned_to, :through) WHERE id = 1")
        void prunedTo(long through);
    }

    private final Rows rows;

    OutboxStore(Rows rows) {
        this.rows = rows;
    }

    public void append(String side, long entity, Instant now) {
        rows.append(side, entity, now);
    }

    public List<Entry> after(long position, int limit) {
        return rows.after(position, limit);
    }

    public long last() {
        return rows.last();
    }

    public Database database() {
        return rows.database().orElseThrow(() -> new IllegalStateException("search_database row missing"));
    }

    public void report(String node, long position, Instant now) {
        rows.report(node, position, now);
    }

    public long slowestSince(Instant since) {
        return rows.slowestSince(since);
    }

    /** Deletes applied rows older than {@code before} up to {@code through} and remembers the horizon. */
    public void prune(long through, Instant before) {
        rows.prune(through, before);
        rows.prunedTo(through);
    }
}
