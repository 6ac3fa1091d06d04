package org.jiuzhu.core.eligibility;

/**
 * One household member as the rules see them. {@code disabilityGrade} is 1 (most severe) to 4, 0 without
 * disability; {@code ableSupporter} says whether someone outside the household has a legal duty to support
 * this person and the means to do so.
 */
public record Member(Relationship relationship, int age, DisabilityType disability, int disabilityGrade,
                     boolean seriouslyIll, boolean student, Employment employment, boolean ableSupporter) {

    public Member {
        if (age < 0 || age > 130) {
            throw new IllegalArgumentException("age out of range");
        }
        if (disabilityGrade < 0 || disabilityGrade > 4 || (disability == DisabilityType.NONE) != (disabilityGrade == 0)) {
            throw new IllegalArgumentException("disability grade does not fit the disability type");
        }
    }

    /** Grade 1-2 of any type, or grade 3 intellectual or mental disability (重度残疾 in the seeds). */
    public boolean severelyDisabled() {
        return (disabilityGrade >= 1 && disabilityGrade <= 2)
                || (disabilityGrade == 3 && (disability == DisabilityType.INTELLECTUAL || disability == DisabilityType.MENTAL));
    }
}
