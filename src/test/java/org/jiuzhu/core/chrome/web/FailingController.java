package org.jiuzhu.core.chrome.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** Test-only: a route that fails the way an unexpected bug would, with internals in the exception message. */
@Controller("/test-only/failure")
@Requires(env = "test")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class FailingController {

    @Get
    String fail() {
        throw new IllegalStateException("SELECT secret FROM account WHERE id_number = '110105194912310021'");
    }
}
