package org.jiuzhu.core.emergency;

/** No such request in the actor's region: the same answer whether it exists elsewhere or not at all. */
public class EmergencyNotFound extends RuntimeException {

    public EmergencyNotFound() {
        super(null, null, false, false);
    }
}
