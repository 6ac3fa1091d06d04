package org.jiuzhu.core.complaint;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.LoginThrottle;
import org.jiuzhu.core.account.PasswordHasher;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.complaint.persistence.ComplaintStore;
import org.jiuzhu.core.complaint.persistence.EventStore;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.privacy.BlindIndex;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The complainant's side: following a complaint by account or by tracking code and query password, and rating the
 * reply. Guesses at a code's password are throttled like logins. A correct pair earns a ticket, signed with the
 * data keys, that opens that one complaint for half an hour.
 */
@Singleton
public class Tracking {

    private static final Duration TICKET_LIFE = Duration.ofMinutes(30);
    private static final String TICKET = "complaint.ticket";
    private static final int MAX_COMMENT = 1000;

    /** The result of a code and password: a ticket, or locked, or wrong (unknown codes look the same). */
    public record Opened(String ticket, boolean locked) {
        public boolean ok() {
            return ticket != null;
        }
    }

    /** What the complainant sees: the complaint and the events meant for them. */
    public record View(Complaint complaint, List<ComplaintDesk.Event> events) {
        public boolean rateable() {
            return complaint.status() == ComplaintStatus.REPLIED;
        }
    }

    private final ComplaintStore store;
    private final EventStore events;
    private final ComplaintViews views;
    private final Rating rating;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final BlindIndex signer;
    private final Clock clock;

    Tracking(ComplaintStore store, EventStore events, ComplaintViews views, Rating rating, PasswordHasher hasher,
             LoginThrottle throttle, BlindIndex signer, Clock clock) {
        this.store = store;
        this.events = events;
        this.views = views;
        this.rating = rating;
        this.hasher = hasher;
        this.throttle = throttle;
        this.signer = signer;
        this.clock = clock;
    }

    @Transactional
    public Opened open(String code, String password) {
        String normalized = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        byte[] key = throttle.key("complaint:" + normalized);
        if (throttle.locked(key)) {
            return new Opened(null, true);
        }
        Optional<ComplaintStore.Row> row = IntakeRules.TRACKING_CODE.matcher(normalized).matches()
                ? store.byTrackingCode(normalized).filter(r -> r.queryPasswordHash() != null) : Optional.empty();
        char[] typed = password == null ? new char[0] : password.toCharArray();
        boolean matches = row.isPresent() ? hasher.matches(typed, row.get().queryPasswordHash())
                : hasher.matchesNothing(typed);
        if (!matches) {
            return new Opened(null, throttle.fail(key));
        }
        throttle.clear(key);
        return new Opened(ticket(row.get().id()), false);
    }

    /** The complaint a ticket opens, while the ticket is fresh and its signature holds. */
    public Optional<Long> ticketed(String ticket) {
        if (ticket == null || !ticket.matches("[0-9]{1,18}\\.[0-9]{1,18}\\.[0-9a-f]{64}")) {
            return Optional.empty();
        }
        String[] parts = ticket.split("\\.");
        byte[] expected = signature(parts[0] + "." + parts[1]);
        boolean valid = MessageDigest.isEqual(expected, HexFormat.of().parseHex(parts[2]))
                && Instant.ofEpochSecond(Long.parseLong(parts[1])).isAfter(clock.instant());
        return valid ? Optional.of(Long.parseLong(parts[0])) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public Optional<View> view(long id) {
        return store.find(id).map(this::view);
    }

    /** A resident's own complaints, filed while logged in and not anonymously. */
    @Transactional(readOnly = true)
    public List<Complaint> mine(Actor resident) {
        return store.ofAccount(resident.accountId()).stream().map(views::forComplainant).toList();
    }

    @Transactional(readOnly = true)
    public Optional<View> own(Actor resident, long id) {
        return store.find(id).filter(r -> owns(resident, r)).map(this::view);
    }

    /** {@code resident} is the owner when rating from their account, or null when the complaint was opened by ticket. */
    @Transactional
    public FieldErrors rate(Actor resident, long id, long version, String satisfaction, String comment, String ip) {
        FieldErrors errors = new FieldErrors();
        Optional<ComplaintStore.Row> row = store.lock(id).filter(r -> resident == null || owns(resident, r))
                .filter(r -> r.status().equals(ComplaintStatus.REPLIED.name()));
        if (row.isEmpty()) {
            return errors.add("satisfaction", "core.complaint.error.notNow");
        }
        Satisfaction chosen;
        try {
            chosen = Satisfaction.valueOf(satisfaction == null ? "" : satisfaction);
        } catch (IllegalArgumentException e) {
            return errors.add("satisfaction", "core.complaint.error.satisfaction");
        }
        if (comment != null && comment.strip().length() > MAX_COMMENT) {
            return errors.add("comment", "core.complaint.error.note");
        }
        if (row.get().version() != version) {
            return errors.add("satisfaction", "core.complaint.error.changed");
        }
        rating.apply(row.get(), chosen, comment, resident, ip);
        return errors;
    }

    private static boolean owns(Actor resident, ComplaintStore.Row row) {
        return resident.is(Role.RESIDENT) && row.accountId() != null && row.accountId() == resident.accountId();
    }

    private View view(ComplaintStore.Row row) {
        return new View(views.forComplainant(row), events.of(row.id()).stream().filter(EventStore.Row::shownToComplainant)
                .map(e -> new ComplaintDesk.Event(e.at(), e.kind(), e.officeRegion() == null ? null
                        : views.office(Office.of(e.officeRegion(), e.officeDepartment())), noteFor(row, e), true))
                .toList());
    }

    /**
     * The notes a complainant reads: the reply, the new deadline, and what they wrote themselves when rating. A
     * dispatcher's note to the office or of a follow-up call is staff's business, even on a step they see.
     */
    private static String noteFor(ComplaintStore.Row row, EventStore.Row event) {
        boolean theirs = event.kind().startsWith("RATED_")
                && (event.actorId() == null || event.actorId().equals(row.accountId()));
        boolean forThem = event.kind().equals("REPLIED") || event.kind().equals("EXTENDED") || theirs;
        return forThem && event.note() != null ? event.note() : "";
    }

    private String ticket(long id) {
        String body = id + "." + clock.instant().plus(TICKET_LIFE).getEpochSecond();
        return body + "." + HexFormat.of().formatHex(signature(body));
    }

    private byte[] signature(String body) {
        return signer.of(body, TICKET);
    }
}
