package org.jiuzhu.matching;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who an offer is for and who a need concerns. Disability and serious illness are sensitive personal information
 * (PIPL art. 28): a need carries them only when the resident ticked them separately.
 */
public enum TargetGroup {
    ELDERLY_ALONE(false), ELDERLY(false), DISABLED(true), SERIOUSLY_ILL(true), CHILDREN(false), STUDENTS(false);

    private final boolean sensitive;

    TargetGroup(boolean sensitive) {
        this.sensitive = sensitive;
    }

    public boolean sensitive() {
        return sensitive;
    }

    public String messageKey() {
        return "matching.target." + name().toLowerCase(Locale.ROOT);
    }

    /** Stored as a comma-separated list of names. */
    public static String store(Set<TargetGroup> groups) {
        return groups.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static Set<TargetGroup> read(String stored) {
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        Arrays.stream(stored == null ? new String[0] : stored.split(",")).filter(s -> !s.isBlank())
                .forEach(s -> groups.add(valueOf(s)));
        return groups;
    }
}
