package org.jiuzhu.matching.api;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.matching.offer.OfferDraft;
import org.jiuzhu.matching.offer.OfferStatus;
import org.jiuzhu.matching.offer.Offers;

/**
 * An offer created and published in one step, as API clients load them: either both happen or neither, so a refused
 * publication (an organization not yet verified) never leaves a stray draft behind.
 */
@Singleton
public class DirectPublishing {

    private final Offers offers;

    DirectPublishing(Offers offers) {
        this.offers = offers;
    }

    /** Thrown to roll back the creation when publishing is refused; carries the reasons. */
    public static final class Refused extends RuntimeException {

        private final transient FieldErrors errors;

        Refused(FieldErrors errors) {
            super("publication refused", null, false, false);
            this.errors = errors;
        }

        public FieldErrors errors() {
            return errors;
        }
    }

    /** The new offer's id, or its field errors; throws {@link Refused} when it may be created but not published. */
    @Transactional
    public Offers.Created create(Actor charity, OfferDraft draft, boolean publish, String ip) {
        Offers.Created created = offers.create(charity, draft, ip);
        if (created.errors().isEmpty() && publish) {
            FieldErrors refused = offers.move(charity, created.id(), offers.own(charity, created.id()).version(),
                    OfferStatus.PUBLISHED, ip);
            if (!refused.isEmpty()) {
                throw new Refused(refused);
            }
        }
        return created;
    }
}
