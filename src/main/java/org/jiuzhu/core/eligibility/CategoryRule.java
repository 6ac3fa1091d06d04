package org.jiuzhu.core.eligibility;

import java.util.List;
import java.util.Optional;

/** One category's rule. Rules run in a fixed order and may look at what the earlier ones found. */
interface CategoryRule {

    Optional<CategoryFinding> apply(Household h, Figures f, RegionalSettings s, List<CategoryFinding> earlier);
}
