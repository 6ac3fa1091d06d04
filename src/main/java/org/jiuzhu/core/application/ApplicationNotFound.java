package org.jiuzhu.core.application;

/** Someone else's application, or none: answered like "not found" so that ids cannot be probed. */
public class ApplicationNotFound extends RuntimeException {

    public ApplicationNotFound() {
        super("no such application for this actor", null, false, false);
    }
}
