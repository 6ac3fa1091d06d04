package org.jiuzhu.portal.application.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The application's forms as posted; every field may be missing, which the pages answer field by field. */
final class ApplyForms {

    private ApplyForms() {
    }

    @Serdeable
    record Token(@Nullable String csrfToken) {
    }

    @Serdeable
    record Household(@Nullable String area, @Nullable String csrfToken) {
    }

    @Serdeable
    record Member(@Nullable String name, @Nullable String idNumber, @Nullable String relationship,
                  @Nullable String disability, @Nullable String disabilityGrade, @Nullable String seriouslyIll,
                  @Nullable String student, @Nullable String employment, @Nullable String ableSupporter,
                  @Nullable String csrfToken) {
    }

    @Serdeable
    record Finances(@Nullable String wages, @Nullable String business, @Nullable String agriculture,
                    @Nullable String property, @Nullable String pension, @Nullable String transfer,
                    @Nullable String otherIncome, @Nullable String workCosts, @Nullable String medical,
                    @Nullable String education, @Nullable String disabilityCare, @Nullable String disasterRecovery,
                    @Nullable String otherExpense, @Nullable String financialAssets,
                    @Nullable String nonEssentialVehicle, @Nullable String secondHome, @Nullable String csrfToken) {
    }

    @Serdeable
    record Needs(@Nullable String housing, @Nullable String disasterAffected, @Nullable String suddenHardship,
                 @Nullable String hardship, @Nullable String medicalAid, @Nullable String educationAid,
                 @Nullable String housingAid, @Nullable String employmentAid, @Nullable String temporaryAid,
                 @Nullable String careAid, @Nullable String bankName, @Nullable String bankAccount,
                 @Nullable String csrfToken) {
    }

    @Serdeable
    record Submit(@Nullable String pledge, @Nullable String submissionToken, @Nullable String csrfToken) {
    }

    static boolean yes(String value) {
        return "yes".equals(value);
    }
}
