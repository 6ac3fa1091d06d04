package org.jiuzhu.matching.need;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.matching.need.persistence.NeedStore;
import org.jiuzhu.matching.search.SearchOutbox;
import org.jiuzhu.matching.search.Side;

import java.util.Optional;

/**
 * A shared need's way through a pairing: taken while one organization serves it (out of every other charity's
 * view), back to shared if that pairing is cancelled, met once the aid is delivered. Each step joins the caller's
 * transaction and queues the need for the index; callers audit the step they belong to.
 */
@Singleton
public class NeedLifecycle {

    private final NeedStore store;
    private final SearchOutbox outbox;

    NeedLifecycle(NeedStore store, SearchOutbox outbox) {
        this.store = store;
        this.outbox = outbox;
    }

    /** Who stands behind the need, without locking. */
    @Transactional(readOnly = true)
    public Optional<NeedHolder> holder(long id) {
        return store.find(id).map(NeedLifecycle::holder);
    }

    /** The need locked until the caller's transaction ends, so its state cannot change under a decision. */
    @Transactional
    public Optional<NeedHolder> lock(long id) {
        return store.lock(id).map(NeedLifecycle::holder);
    }

    /** SHARED to MATCHED; false when the need is no longer shared. */
    @Transactional
    public boolean take(long id) {
        return move(id, NeedStatus.SHARED, NeedStatus.MATCHED);
    }

    /** MATCHED back to SHARED, when the pairing serving it ends undelivered; false if it is no longer matched. */
    @Transactional
    public boolean release(long id) {
        return move(id, NeedStatus.MATCHED, NeedStatus.SHARED);
    }

    /** MATCHED to MET: the aid arrived. */
    @Transactional
    public boolean met(long id) {
        return move(id, NeedStatus.MATCHED, NeedStatus.MET);
    }

    /**
     * The household just received charity aid: its needs still shared are indexed again, so they rank after the
     * needs of households never served.
     */
    @Transactional
    public void servedAgain(byte[] household) {
        store.sharedOfHousehold(household).forEach(id -> outbox.changed(Side.NEED, id));
    }

    private boolean move(long id, NeedStatus from, NeedStatus to) {
        if (!store.move(id, from.name(), to.name())) {
            return false;
        }
        outbox.changed(Side.NEED, id);
        return true;
    }

    static NeedHolder holder(NeedStore.Row r) {
        return new NeedHolder(r.id(), r.accountId(), r.householdBidx(), r.applicationId(), r.regionCode(),
                NeedStatus.valueOf(r.status()));
    }
}
