package org.jiuzhu.portal.publicity.web;

import java.util.List;
import java.util.Map;

/** The publicity pages' models. */
final class PublicityPages {

    private PublicityPages() {
    }

    /** One listing as the public reads it: masked name, village, household size, proposal, period. */
    public record Row(long id, String maskedName, String maskedIdNumber, String village, int householdSize,
                      List<String> categoryKeys,
                      String monthlyAmount, String startsOn, String endsOn) {
    }

    public record ListPage(List<Row> rows, long total, int page, boolean hasPrevious, boolean hasNext,
                           boolean objected) {

        public int previousPage() {
            return page - 1;
        }

        public int nextPage() {
            return page + 1;
        }
    }

    public record ObjectionPage(Row listing, Map<String, String> errors, String text, String contactName,
                                String phone) {
    }
}
