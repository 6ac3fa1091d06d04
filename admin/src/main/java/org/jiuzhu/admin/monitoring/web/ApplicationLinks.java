package org.jiuzhu.admin.monitoring.web;

import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;

/**
 * Whether a page may link a staff member to an application's case file: only the roles the case file admits (its
 * controller's {@code @Secured}). A village officer sees a warning's household and its assistance chain, but a link
 * to the case file would only answer 403.
 */
final class ApplicationLinks {

    private ApplicationLinks() {
    }

    static boolean opens(Actor actor) {
        return actor.is(Role.CASEWORKER, Role.APPROVER, Role.SUPERVISOR, Role.ADMIN);
    }
}
