package org.jiuzhu.core.application;

import java.util.Locale;

/** What a proof shows, so caseworkers find the document they look for. */
public enum ProofKind {
    ID_CARD, HOUSEHOLD_REGISTER, INCOME, MEDICAL, DISABILITY, SCHOOL, HOUSING, PAPER_AUTHORIZATION, OTHER;

    public String messageKey() {
        return "core.proof.kind." + name().toLowerCase(Locale.ROOT);
    }
}
