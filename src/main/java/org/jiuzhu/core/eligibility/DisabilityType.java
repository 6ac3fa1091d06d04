package org.jiuzhu.core.eligibility;

/** Disability types of the national disability certificate (残疾人证). */
public enum DisabilityType {
    NONE, PHYSICAL, VISUAL, HEARING, SPEECH, INTELLECTUAL, MENTAL, MULTIPLE
}
