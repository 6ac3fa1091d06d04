package org.jiuzhu.core.chain;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Accounts;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.chain.persistence.ChainStore;
import org.jiuzhu.core.privacy.PersonIndex;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Adds to and reads households' chains. Adding joins the caller's transaction: the aid and its entry commit together. */
@Singleton
public class AssistanceChain {

    private final ChainStore store;
    private final Accounts accounts;
    private final PersonIndex persons;
    private final Clock clock;

    public AssistanceChain(ChainStore store, Accounts accounts, PersonIndex persons, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.persons = persons;
        this.clock = clock;
    }

    /** An aid given: {@code household} is the head's person index. */
    @Transactional
    public void add(byte[] household, Aid aid, long recordedBy) {
        store.insert(household, aid, recordedBy, clock.instant());
    }

    /** The chain of the household the resident heads, oldest first. */
    @Transactional(readOnly = true)
    public List<ChainEntry> ofResident(Actor resident) {
        if (!resident.is(Role.RESIDENT)) {
            return List.of();
        }
        return store.ofHousehold(persons.of(accounts.identityOf(resident).idNumber()));
    }

    /**
     * The chain of a household given by its head's person index, oldest first: for services that act on the
     * household (charity matching), which check the caller's right to it themselves.
     */
    @Transactional(readOnly = true)
    public List<ChainEntry> ofHousehold(byte[] household) {
        return store.ofHousehold(household);
    }

    /**
     * The kinds of aid (see {@link ChainEntry#aidKind()}) each of these households received since {@code since}, keyed
     * by the head's index wrapped in a {@link java.nio.ByteBuffer}: for comparisons that ask "is this aid in place?".
     */
    @Transactional(readOnly = true)
    public java.util.Map<java.nio.ByteBuffer, java.util.Set<String>> aidKindsSince(
            java.util.Collection<byte[]> households, LocalDate since) {
        java.util.Map<java.nio.ByteBuffer, java.util.Set<String>> kinds = new java.util.HashMap<>();
        for (Object[] pair : store.aidKindsSince(households, since)) {
            kinds.computeIfAbsent(java.nio.ByteBuffer.wrap((byte[]) pair[0]), h -> new java.util.HashSet<>())
                    .add((String) pair[1]);
        }
        return kinds;
    }

    /** The entries one application led to; callers check the actor may read the application. */
    @Transactional(readOnly = true)
    public List<ChainEntry> ofApplication(long applicationId) {
        return store.ofApplication(applicationId);
    }

    /**
     * What an office records: the aid, where, when, and the application it came from (or null); {@code aidKind}
     * for aid that is not a category (see {@link ChainEntry}).
     */
    public record Aid(ChainKind kind, Long applicationId, String regionCode, List<String> categories,
                      BigDecimal monthlyAmount, BigDecimal oneOffAmount, String summary, LocalDate occurredOn,
                      String aidKind) {

        public Aid(ChainKind kind, Long applicationId, String regionCode, List<String> categories,
                   BigDecimal monthlyAmount, BigDecimal oneOffAmount, String summary, LocalDate occurredOn) {
            this(kind, applicationId, regionCode, categories, monthlyAmount, oneOffAmount, summary, occurredOn, null);
        }
    }
}
