package org.jiuzhu.core.account.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * Lets a person who is still at the page keep their session (WCAG 2.2.1): the page's script calls this while they
 * type, or when they answer the warning shown before the idle timeout. The session check every authenticated request
 * passes is what records the use; this answers only whether the session was still open.
 */
@Controller("/session/alive")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SessionController {

    @Get
    HttpResponse<?> alive() {
        return HttpResponse.noContent();
    }
}
