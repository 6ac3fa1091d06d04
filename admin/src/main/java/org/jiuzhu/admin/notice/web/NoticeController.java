package org.jiuzhu.admin.notice.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Refusals;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.notice.Notice;
import org.jiuzhu.core.notice.Notices;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /admin/notices}: the notices written in the supervisor's region in every state, a form to write one (now or
 * at a set time), and per notice the form to revise it, its earlier texts and the button to withdraw it.
 */
@Controller("/admin/notices")
@Produces(MediaType.TEXT_HTML)
@Secured({"SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class NoticeController {

    private static final java.util.Set<String> NOTICES = java.util.Set.of("saved", "attached", "removed");

    private final Notices notices;
    private final NoticeViews views;
    private final CsrfTokens csrf;
    private final Refusals refusals;

    NoticeController(Notices notices, NoticeViews views, CsrfTokens csrf, Refusals refusals) {
        this.notices = notices;
        this.views = views;
        this.csrf = csrf;
        this.refusals = refusals;
    }

    @Get
    ModelAndView<NoticePages.ListPage> list(Authentication authentication) {
        return new ModelAndView<>("admin/notice/list", new NoticePages.ListPage(notices.writtenIn(
                Actors.of(authentication)).stream().map(views::row).toList()));
    }

    @Get("/new")
    ModelAndView<NoticePages.FormPage> blank(Authentication authentication) {
        return new ModelAndView<>("admin/notice/form", views.form(Actors.of(authentication), null, Map.of(),
                Map.of(), null));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> write(HttpRequest<?> request, Authentication authentication,
                                 @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        return saved(request, Actors.of(authentication), null, form);
    }

    @Get("/{id}")
    MutableHttpResponse<?> show(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                @Nullable @QueryValue String notice) {
        Actor actor = Actors.of(authentication);
        Optional<Notice> found = notices.editable(actor, id);
        if (found.isEmpty()) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        return HttpResponse.ok(new ModelAndView<>("admin/notice/form", views.form(actor, found.get(), Map.of(),
                Map.of(), notice == null || !NOTICES.contains(notice) ? null : "admin.notice." + notice)));
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> revise(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Actor actor = Actors.of(authentication);
        if (notices.editable(actor, id).isEmpty()) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        return saved(request, actor, id, form);
    }

    @Post(value = "/{id}/withdraw", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> withdraw(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                    @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        if (!notices.withdraw(Actors.of(authentication), id, Requests.ip(request))) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        return HttpResponse.seeOther(URI.create("/admin/notices"));
    }

    private MutableHttpResponse<?> saved(HttpRequest<?> request, Actor actor, @Nullable Long id,
                                         Map<String, String> form) {
        List<String> regions = form.entrySet().stream().filter(e -> e.getKey().startsWith(NoticeViews.REGION_FIELD)
                && "yes".equals(e.getValue())).map(e -> e.getKey().substring(NoticeViews.REGION_FIELD.length()))
                .sorted().toList();
        Notices.Saved saved = notices.save(actor, id, new Notices.Draft(form.get("category"), form.get("title"),
                form.get("body"), regions, form.get("publishAt"), form.get("expiresOn")), Requests.ip(request));
        if (saved.errors().isEmpty()) {
            return HttpResponse.seeOther(URI.create("/admin/notices/" + saved.id() + "?notice=saved"));
        }
        Notice current = id == null ? null : notices.editable(actor, id).orElse(null);
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("admin/notice/form",
                views.form(actor, current, form, saved.errors().asMap(), null)));
    }
}
