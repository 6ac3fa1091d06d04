package org.jiuzhu.core.privacy;

/** Thrown when a text is not a mainland mobile number; the message never contains the input. */
public final class InvalidPhoneNumber extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidPhoneNumber() {
        super("invalid mobile phone number");
    }
}
