package org.jiuzhu.core.privacy;

/** Thrown when a text is not a valid resident ID number; the message never contains the input. */
public final class InvalidIdNumber extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final IdNumberProblem problem;

    public InvalidIdNumber(IdNumberProblem problem) {
        super("invalid ID number: " + problem);
        this.problem = problem;
    }

    public IdNumberProblem problem() {
        return problem;
    }
}
