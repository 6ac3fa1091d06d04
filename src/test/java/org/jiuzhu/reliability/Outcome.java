package org.jiuzhu.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The summary table: one line per check, with what was measured, what was asked for, and whether it held. */
final class Outcome {

    record Line(String check, String measured, String target, boolean held) {
    }

    private final List<Line> lines = new ArrayList<>();

    void add(String check, String measured, String target, boolean held) {
        lines.add(new Line(check, measured, target, held));
        System.out.printf(Locale.ROOT, "  %s %s: %s (target %s)%n", held ? "ok  " : "FAIL", check, measured, target);
    }

    boolean allHeld() {
        return lines.stream().allMatch(Line::held);
    }

    String table() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%n%-34s | %-58s | %-26s | %s%n", "check",
                "measured", "target", "result"));
        b.append("-".repeat(34)).append("-+-").append("-".repeat(58)).append("-+-").append("-".repeat(26))
                .append("-+-------\n");
        for (Line l : lines) {
            b.append(String.format(Locale.ROOT, "%-34s | %-58s | %-26s | %s%n", l.check(), l.measured(), l.target(),
                    l.held() ? "ok" : "FAIL"));
        }
        return b.toString();
    }
}
