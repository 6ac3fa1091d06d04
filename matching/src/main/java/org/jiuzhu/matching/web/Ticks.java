package org.jiuzhu.matching.web;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Checkbox groups arrive as one field per ticked box, named prefix + value, each "yes". */
public final class Ticks {

    private Ticks() {
    }

    public static Set<String> of(Map<String, String> form, String prefix) {
        Set<String> values = new LinkedHashSet<>();
        form.forEach((name, value) -> {
            if (name.startsWith(prefix) && "yes".equals(value)) {
                values.add(name.substring(prefix.length()));
            }
        });
        return values;
    }
}
