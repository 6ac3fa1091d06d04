package org.jiuzhu.portal.selfcheck.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The self-check answers as typed; checkboxes are present ("yes") or absent. */
@Serdeable
public record SelfCheckForm(@Nullable String regionCode, @Nullable String area, @Nullable String members,
                            @Nullable String monthlyIncome, @Nullable String savings, @Nullable String vehicleOrHouse,
                            @Nullable String elderlyAlone, @Nullable String severeDisability,
                            @Nullable String seriousIllness, @Nullable String student, @Nullable String unemployed,
                            @Nullable String yearlyExpenses, @Nullable String dangerousHouse,
                            @Nullable String disaster, @Nullable String suddenHardship, @Nullable String csrfToken) {

    static SelfCheckForm empty() {
        return new SelfCheckForm("", "", "", "", "", "", null, null, null, null, null, "", null, null, null, null);
    }

    boolean checked(String value) {
        return "yes".equals(value);
    }
}
