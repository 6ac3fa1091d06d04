package org.jiuzhu.core.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.persistence.AccountStore;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.privacy.FieldCipher;
import org.jiuzhu.core.privacy.Masking;

import java.util.List;
import java.util.Optional;

/**
 * Reading accounts. Staff reads are confined to the actor's region scope in the query itself, and a full
 * ID or phone number is decrypted only on an explicit, audited request.
 */
@Singleton
public class Accounts {

    private final AccountStore store;
    private final FieldCipher cipher;
    private final Masking masking;
    private final AuditLog audit;
    private final org.jiuzhu.core.privacy.BlindIndex blindIndex;

    public Accounts(AccountStore store, FieldCipher cipher, Masking masking, AuditLog audit,
                    org.jiuzhu.core.privacy.BlindIndex blindIndex) {
        this.store = store;
        this.cipher = cipher;
        this.masking = masking;
        this.audit = audit;
        this.blindIndex = blindIndex;
    }

    /** The resident account registered with this (normalized) ID number, if any: to send that person a message. */
    @Transactional(readOnly = true)
    public Optional<Long> residentWithIdNumber(String idNumber) {
        return store.findByIdNumberIndex(blindIndex.of(idNumber, Fields.ID_NUMBER))
                .filter(a -> a.role() == Role.RESIDENT).map(Account::id);
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(long id) {
        return store.find(id);
    }

    @Transactional(readOnly = true)
    public boolean usernameTaken(String username) {
        return store.usernameTaken(username);
    }

    /** The resident's account if it lies in the actor's scope; denials are audited. */
    @Transactional
    public Optional<Account> residentFor(Actor actor, long id, String ip) {
        Optional<Account> account = store.findWithRoleInScope(id, Role.RESIDENT, actor.scope().likePattern());
        if (account.isEmpty()) {
            audit.record(event(actor, "ACCOUNT_VIEW", AuditResult.DENIED, ip).about("account", id));
        }
        return account;
    }

    @Transactional(readOnly = true)
    public List<Account> residentsFor(Actor actor, int limit, int offset) {
        return store.withRoleInScope(Role.RESIDENT, actor.scope().likePattern(), limit, offset);
    }

    @Transactional(readOnly = true)
    public long countResidentsFor(Actor actor) {
        return store.countWithRoleInScope(Role.RESIDENT, actor.scope().likePattern());
    }

    @Transactional(readOnly = true)
    public List<Account> staffFor(Actor actor) {
        return store.staffInScope(actor.scope().likePattern());
    }

    /** Active staff with the role whose own region is exactly {@code regionCode}: who works at an office. */
    @Transactional(readOnly = true)
    public List<Account> withRoleAt(Role role, String regionCode) {
        return store.withRoleInScope(role, regionCode, 200, 0).stream().filter(Account::active).toList();
    }

    /** The masked name alone, which needs no decryption: for lists. */
    public String maskedName(Account account) {
        return masking.name(account.displayName());
    }

    @Transactional(readOnly = true)
    public MaskedIdentity maskedIdentity(Account account) {
        AccountStore.Secrets secrets = store.secrets(account.id());
        return new MaskedIdentity(masking.name(account.displayName()),
                secrets.idNumberEnc() == null ? "" : masking.idNumber(cipher.decrypt(secrets.idNumberEnc(), Fields.ID_NUMBER)),
                secrets.phoneEnc() == null ? "" : masking.phone(cipher.decrypt(secrets.phoneEnc(), Fields.PHONE)));
    }

    /**
     * The resident's own name and ID number, to make them the first member of their application. Copied from one
     * encrypted column to another, never shown; showing a full number goes through {@link #revealIdNumber}.
     */
    @Transactional(readOnly = true)
    public Identity identityOf(Actor resident) {
        return identity(store.find(resident.accountId()).orElseThrow());
    }

    /** The same for a resident of the officer's region, whose application the officer prepares (帮办). */
    @Transactional(readOnly = true)
    public Optional<Identity> identityForProxy(Actor officer, long residentId) {
        return store.findWithRoleInScope(residentId, Role.RESIDENT, officer.scope().likePattern()).map(this::identity);
    }

    private Identity identity(Account account) {
        byte[] encrypted = store.secrets(account.id()).idNumberEnc();
        return new Identity(account.displayName(), encrypted == null ? null : cipher.decrypt(encrypted, Fields.ID_NUMBER));
    }

    /** A person's name and ID number in clear, for copying only. */
    public record Identity(String name, String idNumber) {
    }

    /**
     * The account holder's phone number, only to deliver their own messages to it (an SMS gateway): it is never
     * shown, so no view is audited here; the delivery is.
     */
    @Transactional(readOnly = true)
    public Optional<String> phoneForMessages(long accountId) {
        return store.find(accountId).map(a -> store.secrets(accountId).phoneEnc())
                .map(encrypted -> cipher.decrypt(encrypted, Fields.PHONE));
    }

    /** The full ID number of a resident in the actor's scope; every call leaves an audit entry. */
    @Transactional
    public Optional<String> revealIdNumber(Actor actor, long id, String ip) {
        Optional<Account> account = residentFor(actor, id, ip);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        byte[] encrypted = store.secrets(id).idNumberEnc();
        if (encrypted == null) {
            return Optional.empty();
        }
        audit.record(event(actor, "VIEW_FULL_ID_NUMBER", AuditResult.SUCCESS, ip).about("account", id));
        return Optional.of(cipher.decrypt(encrypted, Fields.ID_NUMBER));
    }

    static AuditEvent event(Actor actor, String action, AuditResult result, String ip) {
        return AuditEvent.of(actor.accountId(), actor.role().name(), action, result, ip);
    }
}
