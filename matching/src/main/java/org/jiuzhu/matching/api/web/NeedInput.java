package org.jiuzhu.matching.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A need staff record for a household of their region, from the consent form the resident signed. */
@Serdeable
public record NeedInput(
        @Schema(description = "the household's application (approved, in payment, or on a watch list)")
        @Nullable Long applicationId,
        @Schema(description = "the member's position in the application, 0 for the applicant") @Nullable Integer member,
        @Schema(allowableValues = {"MEDICAL", "EDUCATION", "CARE", "LIVING", "HOUSING", "EMPLOYMENT", "COMPANIONSHIP",
                "OTHER"}) @Nullable String aidKind,
        @Schema(description = "5 to 1000 characters; names of members, ID, phone and other long numbers are removed")
        @Nullable String text,
        @Schema(allowableValues = {"NORMAL", "PRESSING", "URGENT"}) @Nullable String urgency,
        @Schema(description = "target groups to share, among those the member is recorded in") @Nullable List<String> targets,
        @Schema(description = "number of the paper consent form the resident signed to share this need with charities")
        @Nullable String consentForm) {
}
