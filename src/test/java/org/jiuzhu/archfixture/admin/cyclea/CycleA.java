package org.jiuzhu.archfixture.admin.cyclea;

import org.jiuzhu.archfixture.admin.cycleb.CycleB;

/** Bad: half of a cycle between the features {@code admin.cyclea} and {@code admin.cycleb}. */
public class CycleA {

    private CycleB partner;

    public CycleB partner() {
        return partner;
    }
}
