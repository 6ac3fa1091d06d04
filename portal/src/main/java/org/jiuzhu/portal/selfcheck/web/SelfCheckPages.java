package org.jiuzhu.portal.selfcheck.web;

import org.jiuzhu.core.region.web.VillageChoices;

import java.util.List;
import java.util.Map;

/** The models of the self-check pages. */
public final class SelfCheckPages {

    private SelfCheckPages() {
    }

    public record FormPage(SelfCheckForm answers, Map<String, String> errors, List<VillageChoices.Group> villageGroups) {
    }

    /** One category or aid: its name and the reasons in words. */
    public record Finding(String labelKey, List<String> reasons) {
    }

    public record ResultPage(List<Finding> categories, List<Finding> aids, List<String> documentKeys,
                             String perCapitaIncome, String dibaoStandard, String estimatedMonthlyDibao,
                             Integer medicalAidRatio, List<String> notes, long settingsVersion) {

        public boolean nothing() {
            return categories.isEmpty() && aids.isEmpty();
        }
    }
}
