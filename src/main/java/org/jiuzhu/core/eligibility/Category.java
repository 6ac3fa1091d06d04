package org.jiuzhu.core.eligibility;

import java.util.Locale;

/**
 * The assessed categories, highest first: special aid follows the highest one a person is in (就高). Poverty-relapse
 * watch is not assessed here; it arrives from the agriculture department's list.
 */
public enum Category {
    EXTREME_HARDSHIP, DIBAO, DIBAO_MARGINAL, RIGID_EXPENSE, OTHER_HARDSHIP;

    public String messageKey() {
        return "core.category." + name().toLowerCase(Locale.ROOT);
    }
}
