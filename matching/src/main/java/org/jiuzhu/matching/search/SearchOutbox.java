package org.jiuzhu.matching.search;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import io.micronaut.context.event.ApplicationEventPublisher;
import org.jiuzhu.matching.search.persistence.OutboxStore;

import java.time.Clock;

/**
 * Records that an offer or a need changed, in the caller's transaction: the change and its outbox row commit
 * together or not at all. After the commit this node's indexer is woken at once; other nodes find the row on
 * their next poll.
 */
@Singleton
public class SearchOutbox {

    private final OutboxStore store;
    private final ApplicationEventPublisher<Changed> events;
    private final Clock clock;

    SearchOutbox(OutboxStore store, ApplicationEventPublisher<Changed> events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** Published in the transaction, delivered to listeners after it commits. */
    public record Changed(Side side, long id) {
    }

    /** Outbox rows of this kind change only an offer's remaining places, which the index updates in place. */
    static final String PLACES = "PLACES";

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void changed(Side side, long id) {
        store.append(side.name(), id, clock.instant());
        events.publishEvent(new Changed(side, id));
    }

    /** Only the offer's remaining places changed: cheaper for every node than re-indexing the whole offer. */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void placesChanged(long offerId) {
        store.append(PLACES, offerId, clock.instant());
        events.publishEvent(new Changed(Side.OFFER, offerId));
    }
}
