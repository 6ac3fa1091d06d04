package org.jiuzhu.core.notification;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.notification.persistence.NotificationStore;

import java.time.Clock;
import java.util.List;

/**
 * Writes to and reads from the outbox. {@link #send} joins the caller's transaction, so a message exists exactly
 * when the change it reports was committed.
 */
@Singleton
public class Notifications {

    private static final int SHOWN = 100;

    private final NotificationStore store;
    private final Clock clock;

    public Notifications(NotificationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public void send(long accountId, String messageKey, String argument, String link) {
        store.insert(accountId, "IN_APP", messageKey, argument, link, clock.instant());
    }

    @Transactional(readOnly = true)
    public List<Notification> recent(Actor actor) {
        return store.recent(actor.accountId(), SHOWN);
    }

    @Transactional(readOnly = true)
    public long unread(Actor actor) {
        return store.unread(actor.accountId());
    }

    @Transactional
    public void markAllRead(Actor actor) {
        store.markAllRead(actor.accountId(), clock.instant());
    }
}
