package org.jiuzhu.core.notification;

/**
 * Where text messages go once a provider is contracted. No implementation ships: while no bean of this type exists,
 * messages stay in-app only and {@link SmsOutbox} is not created. An implementation must not log the number or text.
 */
public interface SmsGateway {

    /** Sends one message; throws if the provider refused it, so the outbox tries again later. */
    void send(String phone, String text);
}
