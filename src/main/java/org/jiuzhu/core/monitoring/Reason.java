package org.jiuzhu.core.monitoring;

import java.util.List;

/** One sentence of why a warning was raised: a message key and its arguments (which may be personal, so stored encrypted). */
@io.micronaut.serde.annotation.Serdeable
public record Reason(String key, List<String> args) {

    public Reason {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Reason of(String key, String... args) {
        return new Reason(key, List.of(args));
    }
}
