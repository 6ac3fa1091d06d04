package org.jiuzhu.admin.workbench.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.region.Regions;

import java.util.ArrayList;
import java.util.List;

@Controller("/admin")
@Produces(MediaType.TEXT_HTML)
@Secured({"VILLAGE_OFFICER", "CASEWORKER", "APPROVER", "DEPARTMENT", "OPERATOR", "SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class WorkbenchController {

    private final Regions regions;

    WorkbenchController(Regions regions) {
        this.regions = regions;
    }

    @Get
    ModelAndView<WorkbenchPage> index(Authentication authentication) {
        Actor actor = Actors.of(authentication);
        List<WorkbenchPage.Link> links = new ArrayList<>();
        if (actor.is(Role.OPERATOR, Role.SUPERVISOR)) {
            links.add(new WorkbenchPage.Link("/admin/hotline", "admin.workbench.hotline", "admin.workbench.hotline.text"));
        }
        if (actor.is(Role.OPERATOR, Role.SUPERVISOR, Role.CASEWORKER, Role.APPROVER, Role.DEPARTMENT)) {
            links.add(new WorkbenchPage.Link("/admin/complaints", "admin.workbench.complaints",
                    "admin.workbench.complaints.text"));
        }
        if (actor.is(Role.OPERATOR)) {
            return page(actor, links);
        }
        if (actor.is(Role.VILLAGE_OFFICER)) {
            links.add(new WorkbenchPage.Link("/admin/proxy", "admin.workbench.proxy", "admin.workbench.proxy.text"));
        }
        if (!actor.is(Role.DEPARTMENT)) {
            links.add(new WorkbenchPage.Link("/admin/residents", "admin.workbench.residents", "admin.workbench.residents.text"));
            links.add(new WorkbenchPage.Link("/admin/pairings", "admin.workbench.pairings", "admin.workbench.pairings.text"));
            links.add(new WorkbenchPage.Link("/admin/needs", "admin.workbench.needs", "admin.workbench.needs.text"));
        }
        if (actor.is(Role.CASEWORKER, Role.APPROVER, Role.SUPERVISOR, Role.ADMIN)) {
            links.add(new WorkbenchPage.Link("/admin/applications", "admin.workbench.applications",
                    "admin.workbench.applications.text"));
            links.add(new WorkbenchPage.Link("/admin/emergencies", "admin.workbench.emergencies",
                    "admin.workbench.emergencies.text"));
            links.add(new WorkbenchPage.Link("/admin/watch", "admin.workbench.watch", "admin.workbench.watch.text"));
            links.add(new WorkbenchPage.Link("/admin/settings", "admin.workbench.settings", "admin.workbench.settings.text"));
        }
        links.add(new WorkbenchPage.Link("/admin/warnings", "admin.workbench.warnings", "admin.workbench.warnings.text"));
        if (actor.is(Role.APPROVER, Role.SUPERVISOR, Role.ADMIN)) {
            links.add(new WorkbenchPage.Link("/admin/conferences", "admin.workbench.conferences",
                    "admin.workbench.conferences.text"));
        }
        if (!actor.is(Role.VILLAGE_OFFICER)) {
            links.add(new WorkbenchPage.Link("/admin/referrals", "admin.workbench.referrals",
                    "admin.workbench.referrals.text"));
        }
        if (actor.is(Role.DEPARTMENT, Role.ADMIN, Role.SUPERVISOR)) {
            links.add(new WorkbenchPage.Link("/admin/exchanges", "admin.workbench.exchanges",
                    "admin.workbench.exchanges.text"));
        }
        if (actor.is(Role.ADMIN, Role.SUPERVISOR)) {
            links.add(new WorkbenchPage.Link("/admin/staff", "admin.workbench.staff", "admin.workbench.staff.text"));
            links.add(new WorkbenchPage.Link("/admin/audit", "admin.workbench.audit", "admin.workbench.audit.text"));
            links.add(new WorkbenchPage.Link("/admin/charities", "admin.workbench.charities", "admin.workbench.charities.text"));
            links.add(new WorkbenchPage.Link("/admin/notices", "admin.workbench.notices", "admin.workbench.notices.text"));
            links.add(new WorkbenchPage.Link("/admin/dashboard", "admin.workbench.dashboard",
                    "admin.workbench.dashboard.text"));
        }
        return page(actor, links);
    }

    private ModelAndView<WorkbenchPage> page(Actor actor, List<WorkbenchPage.Link> links) {
        return new ModelAndView<>("admin/workbench/index", new WorkbenchPage(actor.role().messageKey(),
                regions.pathName(actor.scope().code()), links,
                actor.department() == null ? null : actor.department().messageKey()));
    }
}
