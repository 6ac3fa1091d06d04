package org.jiuzhu.core.eligibility;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.eligibility.persistence.SettingsStore;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.Region;
import org.jiuzhu.core.region.Regions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The versioned regional settings. A region uses the record in effect at its nearest division that has one
 * (standards are set per county, the marginal multiplier often per city). New records take effect today or
 * later, so no assessment already made changes under its feet.
 */
@Singleton
public class SettingsBook {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final SettingsStore store;
    private final Regions regions;
    private final SettingsRules rules;
    private final AuditLog audit;
    private final Clock clock;

    public SettingsBook(SettingsStore store, Regions regions, SettingsRules rules, AuditLog audit, Clock clock) {
        this.store = store;
        this.regions = regions;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }

    /** The settings in effect today for the region, looked up from the region towards the province. */
    @Transactional(readOnly = true)
    public Optional<RegionalSettings> inEffect(String regionCode) {
        Optional<Region> region = regions.find(regionCode);
        while (region.isPresent()) {
            Optional<RegionalSettings> settings = store.inEffect(region.get().code(), today());
            if (settings.isPresent()) {
                return settings;
            }
            region = regions.find(region.get().parentCode());
        }
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public List<RegionalSettings> within(Actor actor) {
        return store.within(actor.scope().likePattern());
    }

    public boolean mayPublish(Actor actor) {
        return actor.is(Role.ADMIN, Role.APPROVER);
    }

    /** Publishes a new version, or returns why not; the version number is assigned here. */
    @Transactional
    public Published publish(Actor actor, RegionalSettings draft, FieldErrors errors, String ip) {
        rules.check(draft, errors);
        Optional<Region> region = regions.find(draft.regionCode());
        if (region.isEmpty() || !actor.scope().contains(draft.regionCode())
                || region.get().level() == DivisionLevel.TOWNSHIP || region.get().level() == DivisionLevel.VILLAGE) {
            errors.add("regionCode", "core.settings.error.region");
        }
        if (draft.effectiveFrom() != null && draft.effectiveFrom().isBefore(today())) {
            errors.add("effectiveFrom", "core.settings.error.effectiveFrom");
        }
        if (!mayPublish(actor) || !errors.isEmpty()) {
            return new Published(null, errors);
        }
        RegionalSettings saved = store.insert(draft, actor.accountId(), clock.instant());
        audit.record(AuditEvent.of(actor.accountId(), actor.role().name(), "SETTINGS_PUBLISHED", AuditResult.SUCCESS, ip)
                .about("regional_settings", saved.version()).saying("region=" + saved.regionCode()
                        + " from=" + saved.effectiveFrom()));
        return new Published(saved, errors);
    }

    /** Demo seeding only: records that took effect in the past, which publishing never allows. */
    @Transactional
    public RegionalSettings seed(RegionalSettings draft) {
        RegionalSettings saved = store.insert(draft, 0, clock.instant());
        audit.record(AuditEvent.of(0L, Role.ADMIN.name(), "SETTINGS_PUBLISHED", AuditResult.SUCCESS, "127.0.0.1")
                .about("regional_settings", saved.version()).saying("demo seed"));
        return saved;
    }

    /** A published version, or the reasons it was refused. */
    public record Published(RegionalSettings settings, FieldErrors errors) {
    }
}
