package org.jiuzhu.core.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.application.persistence.ApplicationStore;
import org.jiuzhu.core.application.persistence.PublicityStore;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.eligibility.Assessment;
import org.jiuzhu.core.eligibility.CategoryFinding;
import org.jiuzhu.core.eligibility.RegionalSettings;
import org.jiuzhu.core.eligibility.SettingsBook;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.limit.AnonymousForm;
import org.jiuzhu.core.limit.SubmissionLimits;
import org.jiuzhu.core.privacy.FieldCipher;
import org.jiuzhu.core.privacy.InvalidPhoneNumber;
import org.jiuzhu.core.privacy.Masking;
import org.jiuzhu.core.privacy.PhoneNumber;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The public publicity list (公示): proposed recipients with a masked name, the village and the proposal, for the
 * region's publicity days; anyone may object while a listing runs. Objectors' phone numbers are encrypted and only
 * staff of the region see them, masked; the resident never learns who objected.
 */
@Singleton
public class Publicity {

    static final String PHONE_CONTEXT = "publicity_objection.contact_phone";
    private static final int MIN_TEXT = 5;
    private static final int MAX_TEXT = 1000;
    private static final int MAX_NAME = 32;
    private static final int DEFAULT_DAYS = 7;

    private final PublicityStore store;
    private final SettingsBook settings;
    private final FieldCipher cipher;
    private final Masking masking;
    private final AuditLog audit;
    private final Clock clock;
    private final SubmissionLimits limits;

    Publicity(PublicityStore store, SettingsBook settings, FieldCipher cipher, Masking masking, AuditLog audit,
              Clock clock, SubmissionLimits limits) {
        this.store = store;
        this.settings = settings;
        this.cipher = cipher;
        this.masking = masking;
        this.audit = audit;
        this.clock = clock;
        this.limits = limits;
    }

    /** One page of the listings running today within a region (the whole province by default). */
    @Transactional(readOnly = true)
    public Running running(String regionPrefix, int page, int size) {
        LocalDate today = Today.in(clock);
        String scope = regionPrefix + "%";
        long total = store.countRunningOn(today, scope);
        // A page past the end (or a huge number typed by hand) reads as the last page, never an overflow.
        long offset = Math.min(Math.max(0L, page) * size, Math.max(0L, total - 1) / size * size);
        return new Running(store.runningOn(today, scope, size, offset), total);
    }

    /** A listing that is running today: only then may anyone object to it. */
    @Transactional(readOnly = true)
    public Optional<Listing> runningListing(long listingId) {
        return store.findRunning(listingId, Today.in(clock));
    }

    @Transactional
    public FieldErrors object(long listingId, String text, String contactName, String phone, String ip) {
        FieldErrors errors = new FieldErrors();
        Listing listing = runningListing(listingId).orElse(null);
        String said = Stages.text(text);
        String name = Stages.text(contactName);
        String number = Stages.text(phone);
        if (listing == null) {
            return errors.add("text", "core.publicity.error.over");
        }
        if (said.length() < MIN_TEXT || said.length() > MAX_TEXT) {
            errors.add("text", "core.publicity.error.text");
        }
        if (name.length() > MAX_NAME) {
            errors.add("contactName", "core.publicity.error.name");
        }
        PhoneNumber parsed = null;
        if (!number.isEmpty()) {
            try {
                parsed = PhoneNumber.parse(number);
            } catch (InvalidPhoneNumber e) {
                errors.add("phone", "core.publicity.error.phone");
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        limits.take(AnonymousForm.OBJECTION, ip);
        store.addObjection(listingId, said, name.isEmpty() ? null : name,
                parsed == null ? null : cipher.encrypt(parsed.value(), PHONE_CONTEXT), clock.instant());
        audit.record(AuditEvent.of(null, null, "PUBLICITY_OBJECTION", AuditResult.SUCCESS, ip)
                .about("application", listing.applicationId()));
        return errors;
    }

    /** Objections to an application, for staff who may read it; phones masked. */
    List<Objection> objections(Listing listing) {
        return store.objections(listing.id()).stream().map(o -> new Objection(o.id(), o.text(), o.contactName(),
                o.contactPhoneEnc() == null ? "" : masking.phone(cipher.decrypt(o.contactPhoneEnc(), PHONE_CONTEXT)),
                o.receivedAt())).toList();
    }

    Optional<Listing> ofApplication(long applicationId) {
        return store.ofApplication(applicationId);
    }

    /** Posts the listing from today for the region's publicity days; returns its last day. */
    LocalDate post(Actor actor, ApplicationStore.Header h, Application a, Assessment proposal) {
        LocalDate today = Today.in(clock);
        int days = settings.inEffect(h.regionCode()).map(RegionalSettings::publicityDays).orElse(DEFAULT_DAYS);
        LocalDate last = today.plusDays(days - 1L);
        String name = a.members().isEmpty() ? "" : masking.name(a.members().get(0).name());
        String idNumber = a.members().isEmpty() ? "" : a.members().get(0).maskedIdNumber();
        store.post(new Listing(0, h.id(), h.regionCode(), name, idNumber, a.members().size(),
                proposal.categories().stream().map(CategoryFinding::category).distinct().toList(),
                proposal.estimatedMonthlyDibao(), today, last), actor.accountId(), clock.instant());
        return last;
    }

    /** A page of running listings and how many there are in all. */
    public record Running(List<Listing> listings, long total) {
    }
}
