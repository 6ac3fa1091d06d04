package org.jiuzhu.admin.exchange.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** A list sent by a department's system: each row an object keyed by the template's column keys. */
@Serdeable
@Schema(description = "A department list. Keys of each row are the column keys of the kind's template "
        + "(idNumber, name, region and the kind's own columns); values are text as in the template.")
record ListInput(@Nullable @Schema(description = "A name for the list, shown on the report", example = "2026-11 失业登记")
                 String name,
                 @Nullable @Schema(description = "The rows, at most 10,000 a call") List<Map<String, String>> rows) {
}
