package org.jiuzhu.archfixture.admin.bad;

import org.jiuzhu.archfixture.portal.thing.PortalThing;

/** Bad: the admin area uses the portal. */
public class AdminUsingPortal {

    public String thing() {
        return new PortalThing().name();
    }
}
