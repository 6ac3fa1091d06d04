package org.jiuzhu.core.notification;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Singleton;
import org.jiuzhu.Database;
import org.jiuzhu.People;
import org.jiuzhu.core.account.Account;
import org.jiuzhu.core.account.Registrations;
import org.jiuzhu.core.account.ResidentRegistration;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** With a gateway configured, the outbox texts each fresh message once, in Chinese, and retries a refused one. */
@MicronautTest(transactional = false)
@Property(name = "jiuzhu.test.sms-gateway", value = "true")
class SmsOutboxTest {

    private final SmsOutbox outbox;
    private final Notifications notifications;
    private final RecordingGateway gateway;
    private final Registrations registrations;
    private final DataSource dataSource;

    SmsOutboxTest(SmsOutbox outbox, Notifications notifications, RecordingGateway gateway,
                  Registrations registrations, DataSource dataSource) {
        this.outbox = outbox;
        this.notifications = notifications;
        this.gateway = gateway;
        this.registrations = registrations;
        this.dataSource = Database.raw(dataSource);
    }

    @Test
    void a_message_is_texted_once_and_a_refused_one_is_tried_again() {
        String phone = People.phone();
        String password = People.password();
        Account account = registrations.register(new ResidentRegistration("短信用户", phone, People.idNumber(),
                People.XINGFU_VILLAGE, password.toCharArray(), password.toCharArray()), "127.0.0.1");
        notifications.send(account.id(), "core.notification.accepted", "42", "/applications/42");

        gateway.refuseOnce.add(phone);
        outbox.deliverPending();
        outbox.deliverPending();
        outbox.deliverPending();

        // Other tests' messages share the outbox: only this account's number is looked at.
        assertThat(gateway.sent.stream().filter(m -> m.startsWith(phone)))
                .containsExactly(phone + " 您的申请（编号 42）已被乡镇（街道）受理。");
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM notification WHERE account_id = ? "
                + "AND delivered_at IS NOT NULL", account.id())).isEqualTo(1);
    }

    @Singleton
    @Requires(property = "jiuzhu.test.sms-gateway", value = "true")
    static class RecordingGateway implements SmsGateway {

        final List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        final java.util.Set<String> refuseOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @Override
        public void send(String phone, String text) {
            if (refuseOnce.remove(phone)) {
                throw new IllegalStateException("provider busy");
            }
            sent.add(phone + " " + text);
        }
    }
}
