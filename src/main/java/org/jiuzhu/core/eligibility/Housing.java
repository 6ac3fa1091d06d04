package org.jiuzhu.core.eligibility;

/** The household's dwelling; C and D are the dangerous-house grades that qualify for renovation. */
public enum Housing {
    ADEQUATE, DANGEROUS_C, DANGEROUS_D, NO_DWELLING
}
