package org.jiuzhu.core.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.persistence.AccountStore;
import org.jiuzhu.core.account.persistence.DuplicateAccount;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.form.InvalidInput;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.Region;
import org.jiuzhu.core.region.Regions;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Staff accounts: created by an ADMIN or a SUPERVISOR inside their own region, a supervisor never with a
 * supervisor's or administrator's powers. Each role sits at the level of government it works at.
 */
@Singleton
public class StaffAccounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9_.-]{2,31}");
    private static final Map<Role, DivisionLevel> REQUIRED_LEVEL = Map.of(
            Role.VILLAGE_OFFICER, DivisionLevel.VILLAGE,
            Role.CASEWORKER, DivisionLevel.TOWNSHIP,
            Role.APPROVER, DivisionLevel.COUNTY);
    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private final AccountStore store;
    private final Regions regions;
    private final PersonName personName;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public StaffAccounts(AccountStore store, Regions regions, PersonName personName, PasswordHasher hasher,
                         AuditLog audit, Clock clock) {
        this.store = store;
        this.regions = regions;
        this.personName = personName;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether a typed login name is a username as this product spells them. */
    public static boolean isUsername(String name) {
        return name != null && USERNAME.matcher(name).matches();
    }

    public boolean mayCreate(Actor creator, Role role) {
        return creator.is(Role.ADMIN) || (creator.is(Role.SUPERVISOR) && role != Role.ADMIN && role != Role.SUPERVISOR);
    }

    @Transactional
    public NewStaffAccount create(Actor creator, StaffAccountRequest request, String ip) {
        FieldErrors errors = check(creator, request);
        errors.throwIfAny();
        String password = generatePassword();
        try {
            Account account = store.insert(new AccountStore.NewAccount(request.role(), request.username(),
                    request.displayName().strip(), null, null, null, null, hasher.hash(password.toCharArray()),
                    request.regionCode(), request.role() == Role.DEPARTMENT ? request.department() : null,
                    request.role() == Role.CHARITY ? request.organizationId() : null, creator.accountId()),
                    clock.instant());
            audit.record(Accounts.event(creator, "STAFF_ACCOUNT_CREATED", AuditResult.SUCCESS, ip)
                    .about("account", account.id()).saying("role=" + request.role()));
            return new NewStaffAccount(account, password);
        } catch (DuplicateAccount raced) {
            throw InvalidInput.of("username", "core.staff.error.username.taken");
        }
    }

    /** Generated, so nobody picks a weak one; 16 characters from an alphabet without look-alikes. */
    public String generatePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private FieldErrors check(Actor creator, StaffAccountRequest request) {
        FieldErrors errors = new FieldErrors();
        if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
            errors.add("username", "core.staff.error.username.format");
        } else if (store.usernameTaken(request.username())) {
            errors.add("username", "core.staff.error.username.taken");
        }
        personName.check(request.displayName(), "displayName", errors);
        if (request.role() == null || request.role() == Role.RESIDENT) {
            errors.add("role", "core.staff.error.role");
        } else if (!mayCreate(creator, request.role())) {
            errors.add("role", "core.staff.error.role.notAllowed");
        }
        Optional<Region> region = regions.find(request.regionCode());
        if (region.isEmpty() || !creator.scope().contains(region.get().code())) {
            errors.add("regionCode", "core.staff.error.region.scope");
        } else if (request.role() != null && REQUIRED_LEVEL.containsKey(request.role())
                && REQUIRED_LEVEL.get(request.role()) != region.get().level()) {
            errors.add("regionCode", "core.staff.error.region.level." + request.role().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (request.role() == Role.DEPARTMENT && request.department() == null) {
            errors.add("department", "core.staff.error.department");
        }
        if (request.role() == Role.CHARITY && request.organizationId() == null) {
            errors.add("organizationId", "core.staff.error.organization");
        }
        return errors;
    }
}
