package org.jiuzhu.core.application;

import org.jiuzhu.core.eligibility.DisabilityType;
import org.jiuzhu.core.eligibility.Employment;
import org.jiuzhu.core.eligibility.Member;
import org.jiuzhu.core.eligibility.Relationship;

/** A stored member, as pages may show it: masked ID number, age from the ID's birth date. */
public record ApplicationMember(int position, String name, String maskedIdNumber, int age, Relationship relationship,
                                DisabilityType disability, int disabilityGrade, boolean seriouslyIll,
                                boolean student, Employment employment, boolean ableSupporter) {

    public Member forRules() {
        return new Member(relationship, age, disability, disabilityGrade, seriouslyIll, student, employment, ableSupporter);
    }
}
