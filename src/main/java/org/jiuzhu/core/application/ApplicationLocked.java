package org.jiuzhu.core.application;

/** Submitted or further along: the resident can withdraw or add material, not change the contents. */
public class ApplicationLocked extends RuntimeException {

    public ApplicationLocked() {
        super("the application cannot be changed now", null, false, false);
    }
}
