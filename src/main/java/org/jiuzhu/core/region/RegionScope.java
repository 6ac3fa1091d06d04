package org.jiuzhu.core.region;

import java.util.Objects;

/**
 * A division and everything beneath it. Codes are hierarchical, so "beneath" is "starts with the
 * division's significant digits"; {@link #likePattern()} is what queries bind to enforce it.
 */
public record RegionScope(String code, DivisionLevel level) {

    public RegionScope {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        if (code.length() != 12 || !code.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("a region code has 12 digits");
        }
    }

    public String prefix() {
        return code.substring(0, level.significantDigits());
    }

    public String likePattern() {
        return prefix() + "%";
    }

    public boolean contains(String regionCode) {
        return regionCode != null && regionCode.startsWith(prefix());
    }
}
