package org.jiuzhu.core.form;

/** Input a service refused, with a reason per field. Not an error: the page shows the reasons. */
public class InvalidInput extends RuntimeException {

    private final transient FieldErrors errors;

    public InvalidInput(FieldErrors errors) {
        super("invalid input: " + errors.asMap().keySet(), null, false, false);
        this.errors = errors;
    }

    public static InvalidInput of(String field, String messageKey) {
        return new InvalidInput(new FieldErrors().add(field, messageKey));
    }

    public FieldErrors errors() {
        return errors;
    }
}
