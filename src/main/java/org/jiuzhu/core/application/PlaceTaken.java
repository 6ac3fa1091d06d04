package org.jiuzhu.core.application;

/**
 * A person of this household is already in another open application (one person, one record). Raised where the
 * caller cannot be answered field by field; the transaction rolls back.
 */
public class PlaceTaken extends RuntimeException {

    public PlaceTaken() {
        super("a member is in another open application", null, false, false);
    }
}
