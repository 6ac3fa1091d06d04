package org.jiuzhu.matching.organization;

/** No such organization for this actor: outside their region, or not their own. Pages answer 403. */
public class OrganizationNotFound extends RuntimeException {

    public OrganizationNotFound() {
        super("organization not found for this actor", null, false, false);
    }
}
