package org.jiuzhu.core.chrome.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as pages show them: Beijing time, which is what every user of the product lives in. */
public final class Formats {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(BEIJING);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BEIJING);

    private Formats() {
    }

    public static String date(Instant instant) {
        return DATE.format(instant);
    }

    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }
}
