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

    /** Returns how many messages the gateway accepted. */
    @Scheduled(fixedDelay = "1m", initialDelay = "1m")
    public int deliverPending() {
        int delivered = 0;
        for (NotificationStore.Pending p : store.undelivered(clock.instant().minus(FRESH), BATCH)) {
            String phone = accounts.phoneForMessages(p.accountId()).orElse(null);
            if (phone == null) {
                continue;
            }
            try {
                gateway.send(phone, messages.get(Messages.CHINESE, p.messageKey(), p.argument()));
            } catch (RuntimeException e) {
                continue;
            }
            store.markDelivered(p.id(), clock.instant());
            audit.record(AuditEvent.of(null, null, "SMS_DELIVERED", AuditResult.SUCCESS, null)
                    .about("notification", p.id()));
            delivered++;
        }
        return delivered;
    }
}
