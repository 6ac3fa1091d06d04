package org.jiuzhu.matching.pairing;

/** No pairing with that id that the caller may act on; pages answer it like any other denial. */
public class PairingNotFound extends RuntimeException {

    public PairingNotFound() {
        super(null, null, false, false);
    }
}
