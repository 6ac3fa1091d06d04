package org.jiuzhu;

import io.micronaut.openapi.annotation.OpenAPIExclude;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/**
 * The OpenAPI document's title page; micronaut-openapi generates the rest from the controllers. Page controllers
 * answer HTML forms, not API clients, so their packages are left out (ApiDocumentationTest keeps it that way).
 */
@OpenAPIExclude(packages = {
        "org.jiuzhu.core.account.web", "org.jiuzhu.core.chrome.web", "org.jiuzhu.core.apidocs.web",
        "org.jiuzhu.portal.home.web", "org.jiuzhu.portal.registration.web", "org.jiuzhu.portal.selfcheck.web",
        "org.jiuzhu.portal.application.web", "org.jiuzhu.portal.messages.web", "org.jiuzhu.portal.assistance.web",
        "org.jiuzhu.portal.publicity.web", "org.jiuzhu.portal.emergency.web", "org.jiuzhu.admin.emergency.web",
        "org.jiuzhu.admin.watch.web",
        "org.jiuzhu.admin.workbench.web", "org.jiuzhu.admin.resident.web", "org.jiuzhu.admin.staff.web",
        "org.jiuzhu.admin.audit.web", "org.jiuzhu.admin.settings.web", "org.jiuzhu.admin.intake.web",
        "org.jiuzhu.admin.proxy.web", "org.jiuzhu.admin.exchange.web", "org.jiuzhu.admin.monitoring.web",
        "org.jiuzhu.admin.notice.web", "org.jiuzhu.portal.notice.web", "org.jiuzhu.admin.dashboard.web", "org.jiuzhu.admin.complaint.web",
        "org.jiuzhu.portal.complaint.web",
        "org.jiuzhu.matching.organization.web", "org.jiuzhu.matching.offer.web",
        "org.jiuzhu.matching.need.web", "org.jiuzhu.matching.search.web", "org.jiuzhu.matching.pairing.web"})
@OpenAPIDefinition(info = @Info(title = "Jiuzhu API", version = "1",
        description = "救助通 JSON API. Authenticate with the session cookie of a logged-in account; departments' "
                + "systems hand over their lists at /api/v1/exchanges with an API key made on the data exchange page "
                + "(header Authorization: ApiKey jzk_...)."))
@io.swagger.v3.oas.annotations.security.SecurityScheme(name = "ApiKey",
        type = io.swagger.v3.oas.annotations.enums.SecuritySchemeType.APIKEY,
        in = io.swagger.v3.oas.annotations.enums.SecuritySchemeIn.HEADER, paramName = "Authorization",
        description = "ApiKey followed by a department's key, e.g. \"ApiKey jzk_...\"")
final class ApiDocumentation {

    private ApiDocumentation() {
    }
}
