package org.jiuzhu.admin.exchange.api.web;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A handed-over list as the API reports it: where its import and comparison stand, the counts, and each refused
 * row (its position in the rows sent, counting from 1) with the column and the reason in words.
 */
@Serdeable
record BatchView(long batch, String kind, String status, boolean finished, boolean repeated, int permille,
                 long rowsRead, long rowsAccepted, long rowsRejected, long rowsCompared, long newWarnings,
                 String failure, List<Refusal> refusals, boolean moreRefusals) {

    @Serdeable
    record Refusal(long row, String column, String reason, String message) {
    }
}
