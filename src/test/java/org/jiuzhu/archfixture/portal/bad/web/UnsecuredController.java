package org.jiuzhu.archfixture.portal.bad.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** Bad: a controller in a web package without {@code @Secured}. */
@Controller("/archfixture/unsecured")
@Requires(property = "jiuzhu.archfixture.enabled", value = "true")
public class UnsecuredController {

    @Get
    public HttpResponse<String> index() {
        return HttpResponse.ok("anyone");
    }
}
