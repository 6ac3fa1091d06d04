package org.jiuzhu.archfixture.portal.bad;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.jiuzhu.archfixture.admin.desk.AdminDesk;
import org.jiuzhu.archfixture.matching.engine.MatchingEngine;

/** Portal classes that each break a rule. */
public final class BadPortalFixtures {

    private BadPortalFixtures() {
    }

    /** Bad: the portal uses the admin area. */
    public static class PortalUsingAdmin {

        public String desk() {
            return new AdminDesk().name();
        }
    }

    /** Bad: the portal reaches into a sub-package of matching instead of its root package. */
    public static class PortalUsingMatchingInternals {

        public int score() {
            return new MatchingEngine().score("portal");
        }
    }

    /** Bad: a secured controller outside a web package. */
    @Controller("/archfixture/outside-web")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Requires(property = "jiuzhu.archfixture.enabled", value = "true")
    public static class ControllerOutsideWeb {
    }
}
