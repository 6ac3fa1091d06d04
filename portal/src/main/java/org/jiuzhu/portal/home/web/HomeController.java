package org.jiuzhu.portal.home.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.Account;
import org.jiuzhu.core.account.Accounts;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.MaskedIdentity;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.application.Drafts;
import org.jiuzhu.core.notification.Notifications;
import org.jiuzhu.core.region.Regions;

@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class HomeController {

    private final Accounts accounts;
    private final Regions regions;
    private final Drafts drafts;
    private final Notifications notifications;

    HomeController(Accounts accounts, Regions regions, Drafts drafts, Notifications notifications) {
        this.accounts = accounts;
        this.regions = regions;
        this.drafts = drafts;
        this.notifications = notifications;
    }

    @Get
    ModelAndView<HomePage> home(@Nullable Authentication authentication) {
        if (authentication == null) {
            return new ModelAndView<>("portal/home/index", new HomePage(null, null, false, null, false, 0));
        }
        Actor actor = Actors.of(authentication);
        Account account = accounts.find(actor.accountId()).orElseThrow();
        String regionName = regions.pathName(account.regionCode());
        if (actor.role() != Role.RESIDENT) {
            return new ModelAndView<>("portal/home/index",
                    new HomePage(null, actor.role().messageKey(), actor.role().worksInAdminArea(), regionName, false, 0));
        }
        MaskedIdentity identity = accounts.maskedIdentity(account);
        return new ModelAndView<>("portal/home/index", new HomePage(
                new HomePage.Resident(identity.name(), identity.idNumber(), identity.phone()), null, false, regionName,
                drafts.current(actor).isPresent(), notifications.unread(actor)));
    }
}
