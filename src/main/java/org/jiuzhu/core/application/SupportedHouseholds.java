package org.jiuzhu.core.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.application.persistence.ApplicationStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The households social assistance currently supports or watches (approved and paid, or on the watch lists: refused
 * within a year, exited within two years). Other services, such as charity matching, are offered only to them.
 */
@Singleton
public class SupportedHouseholds {

    private static final Duration ONE_YEAR = Duration.ofDays(365);
    private static final Duration TWO_YEARS = Duration.ofDays(730);

    private final ApplicationStore store;
    private final Applications applications;
    private final Clock clock;

    SupportedHouseholds(ApplicationStore store, Applications applications, Clock clock) {
        this.store = store;
        this.applications = applications;
        this.clock = clock;
    }

    /** Why the household counts. */
    public enum Standing {
        RECEIVING_AID, REFUSED_WITHIN_A_YEAR, EXITED_WITHIN_TWO_YEARS
    }

    /**
     * The household's latest qualifying application with full member names (callers must never show them to
     * others), and {@code headIndex}, the head's person index that keys the assistance chain.
     */
    public record Supported(Application application, byte[] headIndex, Standing standing) {
    }

    /** The household the resident heads, if it is supported or watched: its newest application that qualifies. */
    @Transactional(readOnly = true)
    public Optional<Supported> ofResident(Actor resident) {
        if (!resident.is(Role.RESIDENT)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        for (ApplicationStore.Header header : store.allOf(resident.accountId())) {
            ApplicationStatus status = ApplicationStatus.valueOf(header.status());
            Optional<Standing> standing = standing(header, status, now);
            if (standing.isPresent()) {
                byte[] head = store.members(header.id()).get(0).idNumberBidx();
                return Optional.of(new Supported(applications.toApplication(header), head, standing.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * The household of an application in the staff member's region, if that application makes it supported or
     * watched: for staff recording a need on the household's behalf.
     */
    @Transactional(readOnly = true)
    public Optional<Supported> ofApplication(Actor staff, long applicationId) {
        if (!staff.role().worksInAdminArea() || staff.is(Role.DEPARTMENT, Role.OPERATOR)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return store.findInScope(applicationId, staff.scope().likePattern()).flatMap(header ->
                standing(header, ApplicationStatus.valueOf(header.status()), now).map(standing ->
                        new Supported(applications.toApplication(header),
                                store.members(header.id()).get(0).idNumberBidx(), standing)));
    }

    private Optional<Standing> standing(ApplicationStore.Header header, ApplicationStatus status, Instant now) {
        if (status.receivingAid()) {
            return Optional.of(Standing.RECEIVING_AID);
        }
        if (status == ApplicationStatus.REFUSED && endedAfter(header, now.minus(ONE_YEAR))) {
            return Optional.of(Standing.REFUSED_WITHIN_A_YEAR);
        }
        if (status == ApplicationStatus.EXITED && endedAfter(header, now.minus(TWO_YEARS))) {
            return Optional.of(Standing.EXITED_WITHIN_TWO_YEARS);
        }
        return Optional.empty();
    }

    private boolean endedAfter(ApplicationStore.Header header, Instant since) {
        return store.events(header.id()).stream().map(ApplicationStore.Event::at).reduce((a, b) -> b)
                .map(at -> at.isAfter(since)).orElse(false);
    }
}
