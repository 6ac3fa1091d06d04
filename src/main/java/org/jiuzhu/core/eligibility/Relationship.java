package org.jiuzhu.core.eligibility;

/** A member's relationship to the applicant. */
public enum Relationship {
    APPLICANT, SPOUSE, CHILD, PARENT, GRANDCHILD, GRANDPARENT, SIBLING, OTHER
}
