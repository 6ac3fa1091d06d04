package org.jiuzhu.archfixture.admin.cycleb;

import org.jiuzhu.archfixture.admin.cyclea.CycleA;

/** Bad: the other half of the cycle between {@code admin.cyclea} and {@code admin.cycleb}. */
public class CycleB {

    public CycleA back() {
        return new CycleA();
    }
}
