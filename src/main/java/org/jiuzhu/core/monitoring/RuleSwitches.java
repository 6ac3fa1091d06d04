package org.jiuzhu.core.monitoring;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.monitoring.persistence.SwitchStore;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Which rules are switched off. Every rule runs until a supervisor switches it off; switching is audited. */
@Singleton
public class RuleSwitches {

    private final SwitchStore store;
    private final AuditLog audit;
    private final Clock clock;

    RuleSwitches(SwitchStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Set<String> switchedOff() {
        return StreamSupport.stream(store.findAll().spliterator(), false).filter(s -> !s.enabled())
                .map(SwitchStore.Switch::ruleId).collect(Collectors.toUnmodifiableSet());
    }

    /** Switches a rule on or off; false when the actor may not. The caller knows the rule exists. */
    @Transactional
    public boolean set(Actor actor, String ruleId, boolean enabled, String ip) {
        if (!actor.is(Role.SUPERVISOR, Role.ADMIN)) {
            return false;
        }
        SwitchStore.Switch change = new SwitchStore.Switch(ruleId, enabled, actor.accountId(), clock.instant());
        if (store.existsById(ruleId)) {
            store.update(change);
        } else {
            store.save(change);
        }
        audit.record(AuditEvent.of(actor.accountId(), actor.role().name(), "WARNING_RULE_SWITCHED",
                AuditResult.SUCCESS, ip).about("warning_rule", ruleId).saying(enabled ? "on" : "off"));
        return true;
    }
}
