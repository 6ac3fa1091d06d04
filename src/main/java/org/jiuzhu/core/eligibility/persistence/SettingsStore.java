package org.jiuzhu.core.eligibility.persistence;

import jakarta.inject.Singleton;
import org.jiuzhu.core.eligibility.RegionalSettings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Regional settings records; never updated, a change is a new version. */
@Singleton
public class SettingsStore {

    private final SettingsRepository repository;

    SettingsStore(SettingsRepository repository) {
        this.repository = repository;
    }

    public Optional<RegionalSettings> inEffect(String regionCode, LocalDate date) {
        return repository.findInEffect(regionCode, date).map(SettingsStore::toSettings);
    }

    public List<RegionalSettings> within(String scopePattern) {
        return repository.findWithin(scopePattern).stream().map(SettingsStore::toSettings).toList();
    }

    public RegionalSettings insert(RegionalSettings s, long createdBy, Instant now) {
        return toSettings(repository.save(new SettingsRow(null, s.regionCode(), s.effectiveFrom(), s.urbanDibaoStandard(),
                s.ruralDibaoStandard(), s.marginalMultiplier(), s.disposableIncomeLastYear(), s.rigidExpenseMultiplier(),
                s.assetLimitPerPerson(), s.taperMonths(), s.verificationValidityMonths(), s.publicityDays(), now, createdBy)));
    }

    private static RegionalSettings toSettings(SettingsRow r) {
        return new RegionalSettings(r.version(), r.regionCode(), r.effectiveFrom(), r.urbanDibaoStandard(),
                r.ruralDibaoStandard(), r.marginalMultiplier(), r.disposableIncomeLastYear(), r.rigidExpenseMultiplier(),
                r.assetLimitPerPerson(), r.taperMonths(), r.verificationValidityMonths(), r.publicityDays());
    }
}
