package org.jiuzhu.core.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.persistence.AccountStore;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.chrome.DisplayMode;

import java.util.Optional;

/** The display mode a person chose, kept with their account so that it follows them to another device. */
@Singleton
public class DisplayModes {

    private final AccountStore store;
    private final AuditLog audit;

    DisplayModes(AccountStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @Transactional
    public void choose(Actor actor, DisplayMode mode, String ip) {
        store.updateDisplayMode(actor.accountId(), mode.name());
        audit.record(AuditEvent.of(actor.accountId(), actor.role().name(), "DISPLAY_MODE_CHOSEN", AuditResult.SUCCESS, ip)
                .about("account", actor.accountId()).saying(mode.name()));
    }

    @Transactional(readOnly = true)
    public Optional<DisplayMode> chosen(long accountId) {
        return store.displayMode(accountId).flatMap(DisplayMode::parse);
    }
}
