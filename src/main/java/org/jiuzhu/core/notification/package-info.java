/**
 * The notification outbox: what the product tells a person about their own matters (a stage reached, a decision).
 * Stored first and shown in the portal; {@code delivered_at} is left for an SMS gateway added later. Messages are
 * message keys with one argument, so they read in the person's language. Uses nothing but {@code core.account}.
 */
package org.jiuzhu.core.notification;
