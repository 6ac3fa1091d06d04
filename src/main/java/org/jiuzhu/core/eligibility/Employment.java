package org.jiuzhu.core.eligibility;

public enum Employment {
    EMPLOYED, UNEMPLOYED, UNABLE_TO_WORK, RETIRED, NOT_APPLICABLE
}
