package org.jiuzhu.archfixture.core.good.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.jiuzhu.archfixture.core.good.GoodKernelFixtures;

/** Good: a secured controller in a web package. */
@Controller("/archfixture/good")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Requires(property = "jiuzhu.archfixture.enabled", value = "true")
public class GoodController {

    private final GoodKernelFixtures.Clean clean = new GoodKernelFixtures.Clean();

    @Get
    public HttpResponse<String> index() {
        return HttpResponse.ok(clean.greet("controller"));
    }
}
