/**
 * The notification outbox: what the product tells a person about their own matters (a stage reached, a decision).
 * Stored first and shown in the portal; {@link org.jiuzhu.core.notification.SmsOutbox} also texts them once an
 * {@link org.jiuzhu.core.notification.SmsGateway} is provided (none ships yet). Messages are message keys with one
 * argument, so they read in the person's language. Uses {@code core.account}, {@code core.chrome} (message texts)
 * and {@code core.audit}.
 */
package org.jiuzhu.core.notification;
