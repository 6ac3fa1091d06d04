package org.jiuzhu.core.application;

import java.time.Instant;

/** An objection raised during publicity; the phone number, if given, is masked here. */
public record Objection(long id, String text, String contactName, String maskedPhone, Instant receivedAt) {
}
