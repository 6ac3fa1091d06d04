package org.jiuzhu.matching.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** An offer as API clients send it: the offer form's fields, lists for its ticks, numbers as JSON numbers. */
@Serdeable
public record OfferInput(
        @Schema(allowableValues = {"PROJECT", "VOLUNTEER"}) @Nullable String kind,
        @Nullable String title, @Nullable String description,
        @Schema(allowableValues = {"MEDICAL", "EDUCATION", "CARE", "LIVING", "HOUSING", "EMPLOYMENT", "COMPANIONSHIP",
                "OTHER"}) @Nullable String aidKind,
        @Schema(description = "target groups, ELDERLY_ALONE, ELDERLY, DISABLED, SERIOUSLY_ILL, CHILDREN, STUDENTS")
        @Nullable List<String> targets,
        @Schema(description = "projects: yuan per household") @Nullable BigDecimal amountPerBeneficiary,
        @Schema(description = "projects: goods per household") @Nullable String goods,
        @Schema(description = "projects: total budget in yuan") @Nullable BigDecimal budget,
        @Schema(description = "volunteer services: skills offered") @Nullable String skills,
        @Schema(description = "volunteer services: 12-digit code of the village or township the service starts from")
        @Nullable String baseRegionCode,
        @Schema(description = "volunteer services: 1 to 50 km") @Nullable Integer radiusKm,
        @Schema(description = "projects: households; volunteer services: places per slot") @Nullable Integer capacity,
        @Schema(description = "yyyy-MM-dd") @Nullable String startsOn,
        @Schema(description = "yyyy-MM-dd") @Nullable String endsOn,
        @Schema(description = "projects: 12-digit codes of regions served, within the organization's own")
        @Nullable List<String> regions,
        @Schema(description = "volunteer services: weekday 1-7 and MORNING, AFTERNOON or EVENING, e.g. 6-MORNING")
        @Nullable List<String> slots,
        @Schema(description = "publish at once (default true); the organization must be verified") @Nullable Boolean publish) {
}
