package org.jiuzhu.core.limit;

import io.micronaut.context.env.Environment;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts accepted anonymous submissions per form and address in windows of an hour from the first one; the one
 * over the allowance is refused until its window ends. An IPv6 address counts by its /64: one subscriber's line
 * gets a whole /64 and could otherwise change address for every submission.
 * <p>
 * Per node: with several nodes behind a balancer that does not keep an address on one node, an address may send up
 * to the allowance times the nodes. The counters are bounded; when {@link #MAX_ADDRESSES} addresses are counting
 * at once, new addresses pass uncounted (and it is logged) rather than the memory growing without end.
 */
@Singleton
public class SubmissionLimits {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionLimits.class);
    static final Duration WINDOW = Duration.ofHours(1);
    static final int MAX_ADDRESSES = 100_000;
    private static final int SWEEP_EVERY = 1_000;

    private record Key(AnonymousForm form, String address) {
    }

    private record Window(Instant start, int count) {
    }

    private final Map<AnonymousForm, Integer> perHour = new EnumMap<>(AnonymousForm.class);
    private final Map<Key, Window> windows = new ConcurrentHashMap<>();
    private final AtomicInteger sinceSweep = new AtomicInteger();
    /** Set while the counters are full, so that is logged once rather than for every new address. */
    private final AtomicBoolean full = new AtomicBoolean();
    private final Clock clock;

    @Inject
    SubmissionLimits(Environment environment, Clock clock) {
        this(allowances(environment), clock);
    }

    SubmissionLimits(Map<AnonymousForm, Integer> perHour, Clock clock) {
        this.perHour.putAll(perHour);
        this.clock = clock;
    }

    private static Map<AnonymousForm, Integer> allowances(Environment environment) {
        Map<AnonymousForm, Integer> allowances = new EnumMap<>(AnonymousForm.class);
        for (AnonymousForm form : AnonymousForm.values()) {
            allowances.put(form, environment.getRequiredProperty("jiuzhu.limits.per-hour." + form.key(), Integer.class));
        }
        return allowances;
    }

    /** How many of the form one address may send in an hour. */
    public int perHour(AnonymousForm form) {
        return perHour.get(form);
    }

    /** Counts one submission of the form from the address, or throws {@link TooManySubmissions} when over. */
    public void take(AnonymousForm form, String address) {
        Instant now = clock.instant();
        sweepNowAndThen(now);
        Key key = new Key(form, bucket(address));
        if (windows.size() >= MAX_ADDRESSES && !windows.containsKey(key)) {
            if (full.compareAndSet(false, true)) {
                LOG.warn("{} addresses are counting submissions at once; new ones pass uncounted", MAX_ADDRESSES);
            }
            return;
        }
        int allowed = perHour(form);
        Window window = windows.compute(key, (k, w) -> w == null || expired(w, now) ? new Window(now, 1)
                : new Window(w.start(), Math.min(w.count(), allowed) + 1));
        if (window.count() > allowed) {
            throw new TooManySubmissions(form, Duration.between(now, window.start().plus(WINDOW)));
        }
    }

    /** Whether the address has used its whole allowance: for a count that comes after the work, like a failed login. */
    public boolean spent(AnonymousForm form, String address) {
        Window window = windows.get(new Key(form, bucket(address)));
        return window != null && !expired(window, clock.instant()) && window.count() >= perHour(form);
    }

    /** Counts one more without refusing it (the work was done already); later ones are refused by {@link #spent}. */
    public void count(AnonymousForm form, String address) {
        try {
            take(form, address);
        } catch (TooManySubmissions alreadyDone) {
            // Counted; the refusal is for the next one.
        }
    }

    private void sweepNowAndThen(Instant now) {
        // Every so many counts, full or not: a sweep on every request while full would cost a pass over all
        // counters per request, just when someone is sending from very many addresses.
        if (sinceSweep.incrementAndGet() % SWEEP_EVERY == 0) {
            windows.values().removeIf(w -> expired(w, now));
            full.set(windows.size() >= MAX_ADDRESSES);
        }
    }

    private static boolean expired(Window window, Instant now) {
        return !now.isBefore(window.start().plus(WINDOW));
    }

    /** The address as counted: an IPv6 address by its first 64 bits, anything else as it is. */
    static String bucket(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            // A literal: getByName does no lookup for it.
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address) {
                byte[] bytes = parsed.getAddress();
                StringBuilder prefix = new StringBuilder("v6:");
                for (int i = 0; i < 8; i++) {
                    prefix.append(String.format("%02x", bytes[i]));
                }
                return prefix.toString();
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
