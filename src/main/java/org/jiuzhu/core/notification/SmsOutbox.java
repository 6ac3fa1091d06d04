package org.jiuzhu.core.notification;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Accounts;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.chrome.Messages;
import org.jiuzhu.core.notification.persistence.NotificationStore;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Delivers the outbox's messages by SMS, in Chinese, when an {@link SmsGateway} is configured: each undelivered
 * message once, marked delivered only after the gateway accepted it (a failure is retried on the next run).
 */
@Singleton
@Requires(beans = SmsGateway.class)
public class SmsOutbox {

    private static final int BATCH = 100;
    /** Older messages are not texted: turning a gateway on must not send a backlog of stale news. */
    private static final Duration FRESH = Duration.ofDays(1);

    private final NotificationStore store;
    private final SmsGateway gateway;
    private final Accounts accounts;
    private final Messages messages;
    private final AuditLog audit;
    private final Clock clock;

    SmsOutbox(NotificationStore store, SmsGateway gateway, Accounts accounts, Messages messages, AuditLog audit,
              Clock clock) {
        this.store = store;
        this.gateway = gateway;
        this.accounts = accounts;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Returns how many messages the gateway accepted. Pages through every pending message, so a few that keep failing
     * (no phone, refused) never hold back the ones after them; those are tried again on the next run.
     */
    @Scheduled(fixedDelay = "1m", initialDelay = "1m")
    public int deliverPending() {
        int delivered = 0;
        long after = 0;
        List<NotificationStore.Pending> batch;
        do {
            batch = store.undelivered(clock.instant().minus(FRESH), after, BATCH);
            for (NotificationStore.Pending p : batch) {
                after = p.id();
                delivered += deliver(p) ? 1 : 0;
            }
        } while (batch.size() == BATCH);
        return delivered;
    }

    private boolean deliver(NotificationStore.Pending p) {
        String phone = accounts.phoneForMessages(p.accountId()).orElse(null);
        if (phone == null) {
            return false;
        }
        try {
            gateway.send(phone, messages.get(Messages.CHINESE, p.messageKey(), p.argument()));
        } catch (RuntimeException e) {
            return false;
        }
        store.markDelivered(p.id(), clock.instant());
        audit.record(AuditEvent.of(null, null, "SMS_DELIVERED", AuditResult.SUCCESS, null).about("notification", p.id()));
        return true;
    }
}
