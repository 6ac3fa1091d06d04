package org.jiuzhu.portal.messages.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Formats;
import org.jiuzhu.core.notification.Notifications;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The account's messages, newest first; unread ones marked until the resident marks them all read. */
@Controller("/messages")
@Produces(MediaType.TEXT_HTML)
@Secured({"RESIDENT", "VILLAGE_OFFICER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class MessagesController {

    private final Notifications notifications;
    private final CsrfTokens csrf;

    MessagesController(Notifications notifications, CsrfTokens csrf) {
        this.notifications = notifications;
        this.csrf = csrf;
    }

    @Get
    ModelAndView<MessagesPage> list(Authentication authentication) {
        Actor actor = Actors.of(authentication);
        List<MessagesPage.Row> rows = notifications.recent(actor).stream().map(n -> new MessagesPage.Row(
                n.messageKey(), n.argument(), n.link(), Formats.dateTime(n.createdAt()), !n.read())).toList();
        return new ModelAndView<>("portal/messages/index",
                new MessagesPage(rows, rows.stream().anyMatch(MessagesPage.Row::unread)));
    }

    @Post(value = "/read", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> markRead(HttpRequest<?> request, Authentication authentication,
                                    @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        notifications.markAllRead(Actors.of(authentication));
        return HttpResponse.seeOther(URI.create("/messages"));
    }

    /** Messages as the page prints them: a message key with its one argument, a link, when. */
    public record MessagesPage(List<Row> rows, boolean anyUnread) {

        public record Row(String messageKey, String argument, String link, String at, boolean unread) {
        }
    }
}
