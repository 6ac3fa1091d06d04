package org.jiuzhu.core.account.persistence;

import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Account;
import org.jiuzhu.core.account.AccountStatus;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.Role;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The account table behind the domain: ciphertexts and hashes stay in here unless asked for by name. */
@Singleton
public class AccountStore {

    /** The stored secrets of an account, for the services that must check or decrypt them. */
    public record Secrets(String passwordHash, byte[] idNumberEnc, byte[] phoneEnc) {
    }

    /** A new row: every protected value already encrypted, indexed and hashed by the caller. */
    public record NewAccount(Role role, String username, String displayName, byte[] idNumberEnc,
                             byte[] idNumberBidx, byte[] phoneEnc, byte[] phoneBidx, String passwordHash,
                             String regionCode, Department department, Long organizationId, Long createdBy) {
    }

    private final AccountRepository repository;

    AccountStore(AccountRepository repository) {
        this.repository = repository;
    }

    /** Inserts the account; a unique column that another insert took first ends in {@link DuplicateAccount}. */
    public Account insert(NewAccount account, Instant now) {
        try {
            return toAccount(repository.save(row(account, now)));
        } catch (io.micronaut.data.exceptions.DataAccessException e) {
            if (e.getCause() instanceof java.sql.SQLIntegrityConstraintViolationException) {
                throw new DuplicateAccount();
            }
            throw e;
        }
    }

    private static AccountRow row(NewAccount account, Instant now) {
        return (new AccountRow(null, account.role().name(), account.username(),
                account.displayName(), account.idNumberEnc(), account.idNumberBidx(), account.phoneEnc(),
                account.phoneBidx(), account.passwordHash(), account.regionCode(),
                account.department() == null ? null : account.department().name(), account.organizationId(),
                AccountStatus.ACTIVE.name(), now, account.createdBy(), now));
    }

    public Optional<Account> find(long id) {
        return repository.findById(id).map(AccountStore::toAccount);
    }

    public Optional<Account> findWithRoleInScope(long id, Role role, String scopePattern) {
        return repository.findWithRoleInScope(id, role.name(), scopePattern).map(AccountStore::toAccount);
    }

    public Optional<Account> findByUsername(String username) {
        return repository.findByUsername(username).map(AccountStore::toAccount);
    }

    public Optional<Account> findByIdNumberIndex(byte[] index) {
        return repository.findByIdNumberBidx(index).map(AccountStore::toAccount);
    }

    public Optional<Account> findByPhoneIndex(byte[] index) {
        return repository.findByPhoneBidx(index).map(AccountStore::toAccount);
    }

    public boolean phoneTaken(byte[] index) {
        return repository.existsByPhoneBidx(index);
    }

    public boolean idNumberTaken(byte[] index) {
        return repository.existsByIdNumberBidx(index);
    }

    public boolean usernameTaken(String username) {
        return repository.existsByUsername(username);
    }

    public Secrets secrets(long id) {
        AccountRow row = repository.findById(id).orElseThrow();
        return new Secrets(row.passwordHash(), row.idNumberEnc(), row.phoneEnc());
    }

    public List<Account> withRoleInScope(Role role, String scopePattern, int limit, int offset) {
        return repository.findByRoleInScope(role.name(), scopePattern, limit, offset).stream()
                .map(AccountStore::toAccount).toList();
    }

    public long countWithRoleInScope(Role role, String scopePattern) {
        return repository.countByRoleInScope(role.name(), scopePattern);
    }

    public List<Account> staffInScope(String scopePattern) {
        return repository.findStaffInScope(scopePattern).stream().map(AccountStore::toAccount).toList();
    }

    public void updatePassword(long id, String hash, Instant now) {
        repository.updatePassword(id, hash, now);
    }

    /** The display mode's value as stored, when the person ever chose one. */
    public Optional<String> displayMode(long id) {
        return repository.findDisplayModeById(id);
    }

    public void updateDisplayMode(long id, String mode) {
        repository.updateDisplayMode(id, mode);
    }

    private static Account toAccount(AccountRow row) {
        return new Account(row.id(), Role.valueOf(row.role()), row.username(), row.displayName(), row.regionCode(),
                row.department() == null ? null : Department.valueOf(row.department()), row.organizationId(),
                AccountStatus.valueOf(row.status()), row.createdAt());
    }
}
