package org.jiuzhu.core.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.application.persistence.RollStore;
import org.jiuzhu.core.eligibility.Category;
import org.jiuzhu.core.region.RegionScope;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The low-income database as a comparison reads it, many persons at a time by person index: where each person stands
 * (receiving aid, applying, refused within a year, exited within two years, ended longer ago; absent means never
 * there), in which
 * household and region, with which categories.
 */
@Singleton
public class Rolls {

    private static final Duration ONE_YEAR = Duration.ofDays(365);
    private static final Duration TWO_YEARS = Duration.ofDays(730);

    private final RollStore store;
    private final org.jiuzhu.core.privacy.FieldCipher cipher;
    private final Clock clock;

    Rolls(RollStore store, org.jiuzhu.core.privacy.FieldCipher cipher, Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Where a person stands, most binding first: a person in several applications counts by the first that holds. */
    public enum Place {
        RECEIVING_AID, APPLYING,
        /** On the agriculture department's relapse-watch list (防止返贫监测对象), with no application that binds more. */
        RELAPSE_WATCH,
        REFUSED_WITHIN_A_YEAR, EXITED_WITHIN_TWO_YEARS,
        /** Refused or exited longer ago: the database no longer watches the household, but its record remains. */
        ENDED;

        public String messageKey() {
            return "core.rolls.place." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A person in the database: the application that places them, its region, the head's index, the categories, and
     * who they are (the ID number decrypted only when asked for); for a person on the relapse watch alone, the day
     * the department identified them and no name.
     */
    public record Member(byte[] person, Place place, long applicationId, String regionCode, byte[] household,
                         Set<Category> categories, boolean student, Instant endedAt, String name,
                         java.util.function.Supplier<String> idNumber, java.time.LocalDate watchedSince) {
    }

    /**
     * The persons among {@code persons} the database holds, keyed by their index wrapped in a {@link ByteBuffer}. A
     * person on the relapse watch whom no application binds more is their own household, with no category.
     */
    @Transactional(readOnly = true)
    public Map<ByteBuffer, Member> of(Collection<byte[]> persons) {
        Map<ByteBuffer, Member> found = new HashMap<>();
        if (!persons.isEmpty()) {
            Instant now = clock.instant();
            store.members(persons).forEach(row -> place(row, now).ifPresent(member -> keep(found, member)));
            store.watched(persons).forEach(w -> keep(found, new Member(w.person(), Place.RELAPSE_WATCH, 0,
                    w.regionCode(), w.person(), Set.of(), false, null, null, () -> null, w.identifiedOn())));
        }
        return found;
    }

    /** Enters the persons of a relapse-watch list into the population (or updates them), in the caller's transaction. */
    @Transactional
    public void watchForRelapse(List<Watched> persons, long batch) {
        store.watch(persons.stream().map(p -> new RollStore.WatchedRow(p.person(), p.regionCode(), p.identifiedOn()))
                .toList(), batch, clock.instant());
    }

    /** A person a relapse-watch list names. */
    public record Watched(byte[] person, String regionCode, java.time.LocalDate identifiedOn) {
    }

    private static void keep(Map<ByteBuffer, Member> found, Member member) {
        found.merge(ByteBuffer.wrap(member.person()), member, (a, b) -> a.place().compareTo(b.place()) <= 0 ? a : b);
    }

    /**
     * The head of the household an application in the scope belongs to, where the household stands now by that
     * application; empty when there is no such submitted application.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Member> head(long applicationId, RegionScope scope) {
        Instant now = clock.instant();
        return store.head(applicationId, scope.likePattern()).stream().flatMap(row -> place(row, now).stream())
                .findFirst();
    }

    /** Schoolchildren (members marked as students) of households receiving aid in the scope. */
    @Transactional(readOnly = true)
    public List<Member> studentsReceivingAid(RegionScope scope) {
        Instant now = clock.instant();
        return store.studentsReceivingAid(scope.likePattern()).stream()
                .flatMap(row -> place(row, now).stream()).toList();
    }

    private java.util.Optional<Member> place(RollStore.MemberRow row, Instant now) {
        ApplicationStatus status = ApplicationStatus.valueOf(row.status());
        Place place;
        if (status.receivingAid()) {
            place = Place.RECEIVING_AID;
        } else if (status.open()) {
            place = Place.APPLYING;
        } else if (status == ApplicationStatus.REFUSED && row.updatedAt().isAfter(now.minus(ONE_YEAR))) {
            place = Place.REFUSED_WITHIN_A_YEAR;
        } else if (status == ApplicationStatus.EXITED && row.updatedAt().isAfter(now.minus(TWO_YEARS))) {
            place = Place.EXITED_WITHIN_TWO_YEARS;
        } else {
            place = Place.ENDED;
        }
        Set<Category> categories = row.categories() == null ? Set.of() : java.util.Arrays.stream(
                row.categories().split(",")).filter(s -> !s.isBlank()).map(Category::valueOf)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        return java.util.Optional.of(new Member(row.person(), place, row.applicationId(), row.regionCode(),
                row.household(), categories, row.student(), status.open() ? null : row.updatedAt(), row.name(),
                () -> cipher.decrypt(row.idNumber(), Contexts.MEMBER_ID), null));
    }
}
