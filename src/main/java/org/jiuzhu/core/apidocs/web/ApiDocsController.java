package org.jiuzhu.core.apidocs.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;

import java.util.Map;

/** Swagger UI over the generated OpenAPI document, for logged-in staff. */
@Controller("/api/docs")
@Produces(MediaType.TEXT_HTML)
@Secured({"VILLAGE_OFFICER", "CASEWORKER", "APPROVER", "DEPARTMENT", "SUPERVISOR", "ADMIN"})
class ApiDocsController {

    @Get
    ModelAndView<Map<String, String>> docs() {
        return new ModelAndView<>("core/apidocs", Map.of("spec", "/api/docs/spec/jiuzhu-api-1.yml"));
    }
}
