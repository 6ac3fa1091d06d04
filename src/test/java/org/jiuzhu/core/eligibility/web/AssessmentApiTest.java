package org.jiuzhu.core.eligibility.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class AssessmentApiTest {

    private static final String FAMILY = """
            {"regionCode": "990102001002", "urban": false,
             "members": [{"relationship": "APPLICANT", "age": 45, "employment": "UNEMPLOYED"},
                         {"relationship": "CHILD", "age": 12, "student": true}],
             "incomes": [{"kind": "AGRICULTURE", "monthly": 900}],
             "financialAssets": 3000}""";

    private final EmbeddedServer server;
    private final StaffAccounts staff;

    AssessmentApiTest(EmbeddedServer server, StaffAccounts staff) {
        this.server = server;
        this.staff = staff;
    }

    @Test
    void a_caseworker_gets_the_categories_aids_reasons_and_settings_version() {
        WebSession.Page page = caseworker().postJson("/api/v1/assessments", FAMILY);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("\"code\":\"DIBAO\"").contains("\"code\":\"EMPLOYMENT\"")
                .contains("\"code\":\"EDUCATION\"").contains("\"settingsVersion\":")
                .contains("家庭人均月收入 450.00 元").contains("\"estimatedMonthlyDibao\":340");
    }

    @Test
    void a_bad_field_gets_a_problem_400_naming_the_field() {
        WebSession.Page page = caseworker().postJson("/api/v1/assessments",
                FAMILY.replace("\"age\": 45", "\"age\": -3").replace("\"AGRICULTURE\"", "\"LOTTERY\""));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(page.body()).contains("\"field\":\"members[0].age\"").contains("\"field\":\"incomes[0].kind\"")
                .contains("年龄应在 0 到 130 之间");
    }

    @Test
    void malformed_json_and_an_unknown_region_are_400_not_500() {
        WebSession session = caseworker();

        assertThat(session.postJson("/api/v1/assessments", "{\"members\": [").status()).isEqualTo(400);
        WebSession.Page unknown = session.postJson("/api/v1/assessments", FAMILY.replace("990102001002", "110000000000"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"regionCode\"");
    }

    @Test
    void an_anonymous_client_gets_401_and_a_form_post_gets_415() {
        assertThat(new WebSession(server).postJson("/api/v1/assessments", FAMILY).status()).isEqualTo(401);
        assertThat(caseworker().post("/api/v1/assessments", Map.of("regionCode", "990102001002")).status()).isEqualTo(415);
    }

    private WebSession caseworker() {
        return WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));
    }
}
