package org.jiuzhu.core.eligibility;

import jakarta.inject.Singleton;

import java.util.Optional;

/** Assesses a household against the settings in effect in its region: what self-check, API and decisions share. */
@Singleton
public class Assessments {

    private final SettingsBook settings;
    private final Eligibility eligibility;

    public Assessments(SettingsBook settings, Eligibility eligibility) {
        this.settings = settings;
        this.eligibility = eligibility;
    }

    /** Empty when no settings are in effect for the region (the region is unknown or not configured yet). */
    public Optional<Assessment> assess(Household household, String regionCode) {
        return settings.inEffect(regionCode).map(s -> eligibility.assess(household, s));
    }
}
