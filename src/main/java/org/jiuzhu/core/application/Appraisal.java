package org.jiuzhu.core.application;

import java.time.LocalDate;

/** The village's democratic appraisal (民主评议): a majority of those present in favour lets publicity start. */
public record Appraisal(LocalDate heldOn, int participants, int inFavour, int against, String note) {

    public boolean supported() {
        return inFavour * 2 > participants;
    }
}
