package org.jiuzhu.core.notification;

import java.time.Instant;

/** One message to one account; {@code link} is a path inside the product, or empty. */
public record Notification(long id, String messageKey, String argument, String link, Instant createdAt,
                           boolean read) {
}
