package org.jiuzhu.core.apidocs.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Residents;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ApiDocumentationTest {

    private static final String SPEC = "/api/docs/spec/jiuzhu-api-1.yml";
    private static final Pattern PATH = Pattern.compile("(?m)^  (/\\S*):$");

    private final EmbeddedServer server;
    private final StaffAccounts staff;

    ApiDocumentationTest(EmbeddedServer server, StaffAccounts staff) {
        this.server = server;
        this.staff = staff;
    }

    @Test
    void the_openapi_document_holds_the_assessment_api_and_no_page_routes() {
        WebSession caseworker = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));

        WebSession.Page spec = caseworker.get(SPEC);

        assertThat(spec.status()).isEqualTo(200);
        Matcher paths = PATH.matcher(spec.body());
        List<String> found = paths.results().map(m -> m.group(1)).toList();
        assertThat(found).contains("/api/v1/assessments", "/api/v1/offers", "/api/v1/needs", "/api/v1/offers/{id}/matches",
                "/api/v1/needs/{id}/matches").allMatch(path -> path.startsWith("/api/"));
        assertThat(spec.body()).contains("application/problem+json").contains("AssessmentResponse");
        assertThat(caseworker.get("/api/docs").body()).contains("swagger-ui");
    }

    @Test
    void the_documentation_is_for_logged_in_staff_only() {
        assertThat(new WebSession(server).get("/api/docs").status()).isEqualTo(303);
        assertThat(new WebSession(server).get(SPEC).status()).isIn(303, 401);
        WebSession resident = Residents.loggedIn(server, "文档测试").session();
        assertThat(resident.get("/api/docs").status()).isEqualTo(403);
        assertThat(resident.get(SPEC).status()).isEqualTo(403);
    }
}
