package org.jiuzhu.matching.need;

/** No need with that id that the caller may act on; pages answer it like any other denial. */
public class NeedNotFound extends RuntimeException {

    public NeedNotFound() {
        super(null, null, false, false);
    }
}
