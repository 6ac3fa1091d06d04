package org.jiuzhu.archfixture.core.bad;

import org.jiuzhu.archfixture.portal.thing.PortalThing;

/** Bad: a kernel class that depends on an area (portal). */
public class KernelUsingPortal {

    private final PortalThing thing = new PortalThing();

    public String describe() {
        return thing.name();
    }
}
