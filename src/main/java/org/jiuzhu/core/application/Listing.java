package org.jiuzhu.core.application;

import org.jiuzhu.core.eligibility.Category;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One household on the public publicity list (公示): only a masked name and ID number (empty for listings posted
 * before it was kept), the village, the household size and the proposal. {@code monthlyAmount} is null when no
 * monthly dibao is proposed.
 */
public record Listing(long id, long applicationId, String regionCode, String maskedName, String maskedIdNumber,
                      int householdSize,
                      List<Category> categories, BigDecimal monthlyAmount, LocalDate startsOn, LocalDate endsOn) {

    public boolean runningOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public boolean overOn(LocalDate day) {
        return day.isAfter(endsOn);
    }
}
