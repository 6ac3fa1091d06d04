package org.jiuzhu.core.application;

import org.jiuzhu.core.eligibility.DisabilityType;
import org.jiuzhu.core.eligibility.Employment;
import org.jiuzhu.core.eligibility.Relationship;

/** A household member as the resident types it; the ID number is checked, then only stored encrypted. */
public record MemberEntry(String name, String idNumber, Relationship relationship, DisabilityType disability,
                          int disabilityGrade, boolean seriouslyIll, boolean student, Employment employment,
                          boolean ableSupporter) {
}
