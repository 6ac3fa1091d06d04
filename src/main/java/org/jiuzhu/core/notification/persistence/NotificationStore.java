package org.jiuzhu.core.notification.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;
import org.jiuzhu.core.notification.Notification;

import java.time.Instant;
import java.util.List;

/** The notification table. */
@Singleton
public class NotificationStore {

    @MappedEntity("notification")
    record Row(@Id @GeneratedValue @Nullable Long id, @MappedProperty("account_id") long accountId, String channel,
               @MappedProperty("message_key") String messageKey, @Nullable String argument, @Nullable String link,
               @MappedProperty("created_at") Instant createdAt, @MappedProperty("read_at") @Nullable Instant readAt,
               @MappedProperty("delivered_at") @Nullable Instant deliveredAt) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Rows extends CrudRepository<Row, Long> {

        @Query("SELECT * FROM notification WHERE account_id = :account ORDER BY id DESC LIMIT :limit")
        List<Row> recent(long account, int limit);

        @Query("SELECT COUNT(*) FROM notification WHERE account_id = :account AND read_at IS NULL")
        long unread(long account);

        @Query("UPDATE notification SET read_at = :now WHERE account_id = :account AND read_at IS NULL")
        long markAllRead(long account, Instant now);

        @Query("SELECT * FROM notification WHERE delivered_at IS NULL AND created_at >= :since AND id > :after ORDER BY id LIMIT :limit")
        List<Row> undelivered(Instant since, long after, int limit);

        @Query("UPDATE notification SET delivered_at = :now WHERE id = :id AND delivered_at IS NULL")
        long markDelivered(long id, Instant now);
    }

    /** A message not yet delivered by SMS. */
    public record Pending(long id, long accountId, String messageKey, String argument) {
    }

    private final Rows rows;

    NotificationStore(Rows rows) {
        this.rows = rows;
    }

    public void insert(long account, String channel, String key, String argument, String link, Instant now) {
        rows.save(new Row(null, account, channel, key, argument, link, now, null, null));
    }

    public List<Notification> recent(long account, int limit) {
        return rows.recent(account, limit).stream().map(r -> new Notification(r.id(), r.messageKey(),
                r.argument() == null ? "" : r.argument(), r.link() == null ? "" : r.link(), r.createdAt(),
                r.readAt() != null)).toList();
    }

    public long unread(long account) {
        return rows.unread(account);
    }

    /** Undelivered messages created since {@code since} with an id above {@code after}, oldest first. */
    public List<Pending> undelivered(Instant since, long after, int limit) {
        return rows.undelivered(since, after, limit).stream().map(r -> new Pending(r.id(), r.accountId(), r.messageKey(),
                r.argument() == null ? "" : r.argument())).toList();
    }

    public void markDelivered(long id, Instant now) {
        rows.markDelivered(id, now);
    }

    public void markAllRead(long account, Instant now) {
        rows.markAllRead(account, now);
    }
}
