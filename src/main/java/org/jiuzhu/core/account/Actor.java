package org.jiuzhu.core.account;

import org.jiuzhu.core.region.RegionScope;

/** The logged-in account on whose behalf a request runs, with the region it may see. */
public record Actor(long accountId, Role role, RegionScope scope, Department department, Long organizationId) {

    public boolean is(Role... roles) {
        for (Role candidate : roles) {
            if (candidate == role) {
                return true;
            }
        }
        return false;
    }
}
