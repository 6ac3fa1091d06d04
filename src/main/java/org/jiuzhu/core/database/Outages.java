package org.jiuzhu.core.database;

/**
 * Tells an outage of the database (down, restarting, a connection lost, a lock held too long) from a defect, so that
 * the web layer answers the first with "temporarily unavailable" and the second with an incident.
 */
public interface Outages {

    /** Whether {@code failure} or one of its causes is the database being unreachable or too busy. */
    boolean explains(Throwable failure);
}
