package org.jiuzhu.archfixture.portal.thing;

/** An ordinary portal class that the kernel must not know about. */
public class PortalThing {

    public String name() {
        return "portal thing";
    }
}
