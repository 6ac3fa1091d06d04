package org.jiuzhu.admin.staff.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.PasswordHasher;
import org.jiuzhu.core.account.Accounts;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.NewStaffAccount;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccountRequest;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.Forms;
import org.jiuzhu.core.form.InvalidInput;
import org.jiuzhu.core.region.Regions;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

@Controller("/admin/staff")
@Produces(MediaType.TEXT_HTML)
@Secured({"SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class StaffController {

    /** Charity accounts come with the organization's registration in the matching area, not from this form. */
    private static final List<Role> OFFERED = List.of(Role.VILLAGE_OFFICER, Role.CASEWORKER, Role.APPROVER,
            Role.DEPARTMENT, Role.SUPERVISOR, Role.ADMIN);

    private final Accounts accounts;
    private final StaffAccounts staff;
    private final Regions regions;
    private final CsrfTokens csrf;

    StaffController(Accounts accounts, StaffAccounts staff, Regions regions, CsrfTokens csrf) {
        this.accounts = accounts;
        this.staff = staff;
        this.regions = regions;
        this.csrf = csrf;
    }

    @Get
    ModelAndView<StaffPages.ListPage> list(Authentication authentication) {
        Actor actor = Actors.of(authentication);
        List<StaffPages.Row> rows = accounts.staffFor(actor).stream()
                .map(a -> new StaffPages.Row(a.username(), a.displayName(), a.role().messageKey(),
                        regions.pathName(a.regionCode()), a.department() == null ? null : a.department().messageKey()))
                .toList();
        return new ModelAndView<>("admin/staff/list", new StaffPages.ListPage(regions.pathName(actor.scope().code()), rows));
    }

    @Get("/new")
    ModelAndView<StaffPages.FormPage> form(Authentication authentication) {
        return new ModelAndView<>("admin/staff/form",
                formPage(Actors.of(authentication), new StaffForm("", "", "", "", "", null), Map.of()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @ExecuteOn(PasswordHasher.EXECUTOR)
    MutableHttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Body StaffForm form) {
        csrf.verify(request, form.csrfToken());
        Actor actor = Actors.of(authentication);
        try {
            NewStaffAccount created = staff.create(actor, new StaffAccountRequest(form.username(), form.displayName(),
                    parse(Role.class, form.role()), form.regionCode(), parse(Department.class, form.department()), null),
                    Requests.ip(request));
            return HttpResponse.status(HttpStatus.CREATED).body(new ModelAndView<>("admin/staff/created",
                    new StaffPages.CreatedPage(created.account().username(), created.account().displayName(),
                            created.account().role().messageKey(), regions.pathName(created.account().regionCode()),
                            created.initialPassword())));
        } catch (InvalidInput invalid) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("admin/staff/form", formPage(actor, form, invalid.errors().asMap())));
        }
    }

    private StaffPages.FormPage formPage(Actor actor, StaffForm form, Map<String, String> errors) {
        List<StaffPages.Option> roles = OFFERED.stream().filter(r -> staff.mayCreate(actor, r))
                .map(r -> new StaffPages.Option(r.name(), r.messageKey(), null, r.name().equals(form.role()))).toList();
        List<StaffPages.Option> regionOptions = regions.within(actor.scope()).stream()
                .map(r -> new StaffPages.Option(r.code(), null, regions.pathName(r.code()), r.code().equals(form.regionCode())))
                .toList();
        List<StaffPages.Option> departments = Arrays.stream(Department.values())
                .map(d -> new StaffPages.Option(d.name(), d.messageKey(), null, d.name().equals(form.department()))).toList();
        return new StaffPages.FormPage(Forms.text(form.username()), Forms.text(form.displayName()), roles, regionOptions,
                departments, errors);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
