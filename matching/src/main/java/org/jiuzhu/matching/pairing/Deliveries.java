package org.jiuzhu.matching.pairing;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.chain.AssistanceChain;
import org.jiuzhu.core.chain.ChainKind;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.notification.Notifications;
import org.jiuzhu.matching.need.NeedHolder;
import org.jiuzhu.matching.need.NeedLifecycle;
import org.jiuzhu.matching.offer.Offer;
import org.jiuzhu.matching.offer.Offers;
import org.jiuzhu.matching.organization.Organizations;
import org.jiuzhu.matching.pairing.persistence.PairingStore;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The charity records what it delivered on an accepted pairing; the aid enters the household's assistance chain in
 * the same transaction, the need is met, and the household's other needs of that kind rank after households never
 * served.
 */
@Singleton
public class Deliveries {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");
    static final BigDecimal MAX_HOURS = new BigDecimal("1000");
    static final int MAX_GOODS = 200;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final PairingStore store;
    private final Pairings pairings;
    private final NeedLifecycle needs;
    private final Offers offers;
    private final Organizations organizations;
    private final AssistanceChain chain;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    Deliveries(PairingStore store, Pairings pairings, NeedLifecycle needs, Offers offers, Organizations organizations,
               AssistanceChain chain, Notifications notifications, AuditLog audit, Clock clock) {
        this.store = store;
        this.pairings = pairings;
        this.needs = needs;
        this.offers = offers;
        this.organizations = organizations;
        this.chain = chain;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the charity typed, checked here so every caller gets the same messages. */
    public record Typed(String amount, String goods, String hours, String on) {
    }

    @Transactional
    public FieldErrors deliver(Actor charity, long id, Typed typed, String ip) {
        PairingStore.Row row = store.lock(id).filter(r -> pairings.ownOrganization(charity, r))
                .orElseThrow(PairingNotFound::new);
        FieldErrors errors = new FieldErrors();
        if (!PairingStatus.ACCEPTED.name().equals(row.status())) {
            return errors.add("state", "matching.pairing.error.changed");
        }
        Delivery delivery = check(typed, row, errors);
        if (!errors.isEmpty()) {
            return errors;
        }
        store.deliver(id, delivery.amount(), delivery.goods(), delivery.hours(), delivery.on(), charity.accountId(),
                clock.instant());
        needs.met(row.needId());
        NeedHolder holder = needs.holder(row.needId()).orElseThrow();
        Offer offer = offers.find(row.offerId()).orElseThrow();
        chain.add(holder.household(), new AssistanceChain.Aid(ChainKind.CHARITY, holder.applicationId(),
                holder.regionCode(), List.of(), null, delivery.amount(), summary(offer, delivery), delivery.on(),
                offer.aidKind().name()), charity.accountId());
        needs.servedAgain(holder.household());
        notifications.send(holder.accountId(), "matching.notification.delivered", offer.title(), "/assistance");
        audit.record(AuditEvent.of(charity.accountId(), charity.role().name(), "PAIRING_DELIVERED",
                AuditResult.SUCCESS, ip).about("pairing", id));
        return errors;
    }

    private Delivery check(Typed typed, PairingStore.Row row, FieldErrors errors) {
        BigDecimal amount = number(typed.amount(), MAX_AMOUNT, "amount", errors);
        BigDecimal hours = number(typed.hours(), MAX_HOURS, "hours", errors);
        String goods = typed.goods() == null ? "" : typed.goods().strip();
        if (goods.length() > MAX_GOODS) {
            errors.add("goods", "matching.pairing.error.goods");
        }
        if (errors.isEmpty() && amount == null && hours == null && goods.isEmpty()) {
            errors.add("amount", "matching.pairing.error.nothingDelivered");
        }
        LocalDate on = null;
        try {
            on = LocalDate.parse(typed.on() == null ? "" : typed.on().strip());
            LocalDate accepted = row.answeredAt().atZone(CHINA).toLocalDate();
            if (on.isAfter(LocalDate.now(clock.withZone(CHINA))) || on.isBefore(accepted)) {
                errors.add("on", "matching.pairing.error.onRange");
            }
        } catch (DateTimeParseException e) {
            errors.add("on", "matching.pairing.error.on");
        }
        return new Delivery(amount, goods.isEmpty() ? null : goods, hours, on);
    }

    /** Blank is none; otherwise a positive number with at most two decimals, below the limit. */
    private static BigDecimal number(String raw, BigDecimal max, String field, FieldErrors errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(raw.strip());
            if (value.signum() <= 0 || value.compareTo(max) > 0 || value.scale() > 2) {
                errors.add(field, "matching.pairing.error." + field);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(field, "matching.pairing.error." + field);
            return null;
        }
    }

    private String summary(Offer offer, Delivery d) {
        List<String> parts = new ArrayList<>();
        if (d.amount() != null) {
            parts.add(d.amount().toPlainString() + " 元");
        }
        if (d.goods() != null) {
            parts.add(d.goods());
        }
        if (d.hours() != null) {
            parts.add(d.hours().stripTrailingZeros().toPlainString() + " 小时");
        }
        String text = organizations.name(offer.organizationId()) + "「" + offer.title() + "」：" + String.join("；", parts);
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
