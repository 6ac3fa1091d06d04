package org.jiuzhu.core.monitoring;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.monitoring.persistence.WarningStore;
import org.jiuzhu.core.privacy.FieldCipher;
import org.jiuzhu.core.privacy.Masking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Raises warnings and lets staff read and settle them. Staff read the warnings of their region; department staff only
 * those routed to their department.
 */
@Singleton
public class Warnings {

    static final String ID_CONTEXT = "warning.id_number";
    static final String NAME_CONTEXT = "warning.name";
    static final String REASONS_CONTEXT = "warning.reasons";
    private static final Argument<List<Reason>> REASONS = Argument.listOf(Reason.class);
    private static final int PAGE = 200;

    private final WarningStore store;
    private final Referrals referrals;
    private final org.jiuzhu.core.account.Accounts accounts;
    private final org.jiuzhu.core.notification.Notifications notifications;
    private final FieldCipher cipher;
    private final Masking masking;
    private final JsonMapper json;
    private final AuditLog audit;
    private final Clock clock;

    Warnings(WarningStore store, Referrals referrals, org.jiuzhu.core.account.Accounts accounts,
             org.jiuzhu.core.notification.Notifications notifications, FieldCipher cipher, Masking masking,
             JsonMapper json, AuditLog audit, Clock clock) {
        this.store = store;
        this.referrals = referrals;
        this.accounts = accounts;
        this.notifications = notifications;
        this.cipher = cipher;
        this.masking = masking;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** An open warning's cause on a person, and the household it counts towards (null outside the database). */
    public record Open(byte[] person, byte[] household, String ruleId) {
    }

    /** What a listing shows; null parts do not narrow it. */
    public record Filter(Boolean open, Level level, WarningKind kind, String ruleId) {

        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    /** The open warnings on these persons or on the households they head. */
    @Transactional
    public List<Open> openOn(Collection<byte[]> persons) {
        return store.openCauses(persons).stream().map(c -> new Open(c.person(), c.household(), c.ruleId())).toList();
    }

    /**
     * Raises warnings found by a comparison of {@code batch} (or null) in the caller's transaction. A cause already
     * open on the person raises nothing new: the warning only notes it was seen again. Warnings of aid missing and of
     * new hardship are referred to their department at once; a person who may qualify and has a resident account is
     * told the policy and how to apply, once per new warning.
     */
    @Transactional
    public void raise(List<Raise> raises, Long batch) {
        if (raises.isEmpty()) {
            return;
        }
        inform(raises);
        java.time.Instant now = clock.instant();
        store.raise(raises.stream().map(r -> new WarningStore.Row(0, r.ruleId(), r.kind().name(), r.level().name(),
                r.department().name(), r.person(), r.household(), r.applicationId(), r.regionCode(),
                cipher.encrypt(r.idNumber(), ID_CONTEXT), cipher.encrypt(r.name(), NAME_CONTEXT),
                cipher.encrypt(write(r.reasons()), REASONS_CONTEXT), batch, "OPEN", null, null, now, null))
                .toList(), batch);
        int referred = batch == null ? 0 : referrals.sendFor(batch, raises.stream().map(Raise::person).toList());
        audit.record(AuditEvent.of(null, "SYSTEM", "WARNINGS_RAISED", AuditResult.SUCCESS, null)
                .about("exchange_batch", batch == null ? "" : batch)
                .saying("found=" + raises.size() + " referred=" + referred));
    }

    /** Tells residents with an account that they may qualify, for may-qualify warnings not already open. */
    private void inform(List<Raise> raises) {
        List<Raise> mayQualify = raises.stream().filter(r -> r.kind() == WarningKind.MAY_QUALIFY).toList();
        if (mayQualify.isEmpty()) {
            return;
        }
        java.util.Set<String> open = new java.util.HashSet<>();
        store.openCauses(mayQualify.stream().map(Raise::person).toList()).forEach(c ->
                open.add(java.util.HexFormat.of().formatHex(c.person()) + c.ruleId()));
        java.util.Set<String> told = new java.util.HashSet<>();
        for (Raise r : mayQualify) {
            String cause = java.util.HexFormat.of().formatHex(r.person()) + r.ruleId();
            if (!open.contains(cause) && told.add(java.util.HexFormat.of().formatHex(r.person()))) {
                accounts.residentWithIdNumber(r.idNumber()).ifPresent(account -> notifications.send(account,
                        "core.notification.mayQualify", "", "/self-check"));
            }
        }
    }

    @Transactional(readOnly = true)
    public List<Warning> visibleTo(Actor actor, Filter filter) {
        if (!mayRead(actor)) {
            return List.of();
        }
        return store.list(new WarningStore.Filter(actor.scope().likePattern(), department(actor),
                filter.open() == null ? null : filter.open() ? "OPEN" : "CLOSED",
                filter.level() == null ? null : filter.level().name(),
                filter.kind() == null ? null : filter.kind().name(), filter.ruleId(), PAGE))
                .stream().map(this::warning).toList();
    }

    /** The open warnings of a household (by its head's index) the actor may read. */
    @Transactional(readOnly = true)
    public List<Warning> openOnHousehold(Actor actor, byte[] household) {
        return store.openOnHousehold(household).stream().filter(r -> visible(actor, r)).map(this::warning).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Warning> find(Actor actor, long id) {
        return store.find(id).filter(row -> visible(actor, row)).map(this::warning);
    }

    /** Records what checking found and closes the warning; false when it is not the actor's or no longer open. */
    @Transactional
    public boolean settle(Actor actor, long id, Outcome outcome, String note, String ip) {
        Optional<WarningStore.Row> row = store.find(id).filter(r -> visible(actor, r));
        if (row.isEmpty() || actor.is(Role.VILLAGE_OFFICER)
                || !store.close(id, outcome.name(), note, actor.accountId(), clock.instant())) {
            return false;
        }
        audit.record(AuditEvent.of(actor.accountId(), actor.role().name(), "WARNING_SETTLED", AuditResult.SUCCESS, ip)
                .about("warning", id).saying("rule=" + row.get().ruleId() + " outcome=" + outcome.name()));
        return true;
    }

    /** Per rule id: open, confirmed, false alarms, over the whole province (a rule's precision is not regional). */
    @Transactional(readOnly = true)
    public Map<String, Tally> tally() {
        Map<String, Tally> tallies = new java.util.HashMap<>();
        store.tally().forEach((rule, c) -> tallies.put(rule, new Tally(c[0], c[1], c[2])));
        return tallies;
    }

    /** A rule's record: how many of its warnings are open, were confirmed, were false alarms. */
    public record Tally(long open, long confirmed, long falseAlarms) {

        public static final Tally NONE = new Tally(0, 0, 0);

        /** Confirmed among settled, in percent; -1 before any was settled. */
        public int precisionPercent() {
            long settled = confirmed + falseAlarms;
            return settled == 0 ? -1 : (int) Math.round(100.0 * confirmed / settled);
        }
    }

    private static boolean mayRead(Actor actor) {
        return actor.is(Role.VILLAGE_OFFICER, Role.CASEWORKER, Role.APPROVER, Role.DEPARTMENT, Role.SUPERVISOR,
                Role.ADMIN);
    }

    private static String department(Actor actor) {
        return actor.is(Role.DEPARTMENT) ? (actor.department() == null ? "-" : actor.department().name()) : null;
    }

    private static boolean visible(Actor actor, WarningStore.Row row) {
        String department = department(actor);
        return mayRead(actor) && actor.scope().contains(row.regionCode())
                && (department == null || department.equals(row.department()));
    }

    private Warning warning(WarningStore.Row r) {
        return new Warning(r.id(), r.ruleId(), WarningKind.valueOf(r.kind()), Level.valueOf(r.level()),
                Department.valueOf(r.department()), r.regionCode(),
                masking.name(cipher.decrypt(r.name(), NAME_CONTEXT)),
                masking.idNumber(cipher.decrypt(r.idNumber(), ID_CONTEXT)), read(cipher.decrypt(r.reasons(),
                REASONS_CONTEXT)), r.applicationId(), r.sourceBatch(), "OPEN".equals(r.status()),
                r.outcome() == null ? null : Outcome.valueOf(r.outcome()), r.outcomeNote(), r.raisedAt(), r.closedAt());
    }

    private String write(List<Reason> reasons) {
        try {
            return json.writeValueAsString(reasons);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Reason> read(String reasons) {
        try {
            return json.readValue(reasons, REASONS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
