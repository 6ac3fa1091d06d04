package org.jiuzhu.portal.notice.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.jiuzhu.core.notice.Markdown;
import org.jiuzhu.core.notice.Notices;

/** {@code /feeds/notices.atom}: the fifty newest published notices for feed readers, linked from {@code /notices}. */
@Controller("/feeds")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class NoticeFeedController {

    private static final String ATOM = "application/atom+xml; charset=utf-8";

    private final Notices notices;
    private final Markdown markdown;
    private final String publicUrl;

    NoticeFeedController(Notices notices, Markdown markdown, @Value("${jiuzhu.public-url}") String publicUrl) {
        this.notices = notices;
        this.markdown = markdown;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    @Get("/notices.atom")
    @Produces(ATOM)
    HttpResponse<String> notices() {
        return HttpResponse.ok(NoticeFeed.atom(publicUrl, notices.published(null, null, 0, 50), markdown))
                .contentType(ATOM);
    }
}
