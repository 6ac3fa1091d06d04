package org.jiuzhu.core.chrome.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.http.MediaType;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import org.jiuzhu.People;
import org.jiuzhu.Residents;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.core.demo.persistence.DemoOrganizations;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class CsrfTest {

    private static final String EXPIRED = "页面已过期";

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final Router router;
    private final DemoOrganizations organizations;

    CsrfTest(EmbeddedServer server, StaffAccounts staff, Router router, DemoOrganizations organizations) {
        this.organizations = organizations;
        this.server = server;
        this.staff = staff;
        this.router = router;
    }

    @Test
    void an_anonymous_login_form_without_a_token_is_refused() {
        WebSession session = new WebSession(server);
        session.get("/login");

        WebSession.Page page = session.post("/login", Map.of("username", "admin", "password", "whatever-123"));

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains(EXPIRED);
    }

    @Test
    void an_anonymous_registration_with_a_token_from_another_visitor_is_refused() {
        String foreignToken = new WebSession(server).get("/register").csrfToken();
        WebSession session = new WebSession(server);
        session.get("/register");
        Map<String, String> form = new HashMap<>(People.registration("周八", People.phone(), People.idNumber(),
                People.XINGFU_VILLAGE, People.password()));
        form.put("csrfToken", foreignToken);

        assertThat(session.post("/register", form).status()).isEqualTo(403);
    }

    @Test
    void an_authenticated_password_change_without_a_token_is_refused() {
        Staff.Login admin = Staff.create(staff, Role.ADMIN, Staff.PROVINCE);
        WebSession session = new WebSession(server);
        session.login(admin.username(), admin.password());

        WebSession.Page page = session.post("/account/password", Map.of("currentPassword", admin.password(),
                "newPassword", "a-much-longer-password-1", "passwordConfirmation", "a-much-longer-password-1"));

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains(EXPIRED);
        assertThat(new WebSession(server).login(admin.username(), admin.password()).status()).isEqualTo(303);
    }

    /**
     * Every POST route, as an administrator, a village officer, a resident, a charity, a department and a hotline
     * operator, without a token: at least one of them
     * must get the CSRF page (a 403 for the wrong role alone would prove nothing), posted the way the route takes
     * its input.
     */
    @Test
    void every_post_route_refuses_a_request_without_a_token() {
        Staff.Login admin = Staff.create(staff, Role.ADMIN, Staff.PROVINCE);
        WebSession asAdmin = WebSession.as(server, admin);
        WebSession asResident = Residents.loggedIn(server, "跨站测试").session();
        WebSession asOfficer = WebSession.as(server, Staff.create(staff, Role.VILLAGE_OFFICER, "990102001002"));
        WebSession asCharity = WebSession.as(server, Staff.create(staff, Role.CHARITY, Staff.CITY,
                organizations.create("跨站测试慈善会", Staff.CITY, null, java.time.Instant.now())));
        WebSession asDepartment = WebSession.as(server, Staff.department(staff,
                org.jiuzhu.core.account.Department.HRSS, Staff.CITY));
        WebSession asOperator = WebSession.as(server, Staff.create(staff, Role.OPERATOR, Staff.CITY));
        List<UriRouteInfo<?, ?>> routes = new java.util.ArrayList<>();
        router.uriRoutes().filter(route -> route.getHttpMethod() == HttpMethod.POST).forEach(routes::add);
        List<String> paths = routes.stream().map(route -> path(route)).distinct().toList();

        assertThat(paths).contains("/login", "/logout", "/register", "/account/password", "/applications/1/proofs");
        for (UriRouteInfo<?, ?> route : routes) {
            String path = path(route);
            if (path.startsWith("/api/")) {
                // The JSON API takes no forms at all, so a cross-site form cannot reach it.
                assertThat(asAdmin.post(path, Map.of("anything", "x")).status()).as(path).isEqualTo(415);
                continue;
            }
            boolean multipart = route.getConsumes().contains(MediaType.MULTIPART_FORM_DATA_TYPE);
            List<WebSession.Page> answers = List.of(send(asAdmin, path, multipart), send(asResident, path, multipart),
                    send(asOfficer, path, multipart), send(asCharity, path, multipart),
                    send(asDepartment, path, multipart), send(asOperator, path, multipart));
            assertThat(answers).as("POST %s without a token", path)
                    .allMatch(page -> page.status() == 403).anyMatch(page -> page.body().contains(EXPIRED));
        }
    }

    private static String path(UriRouteInfo<?, ?> route) {
        return route.getUriMatchTemplate().toString().replaceAll("\\{[^}]+}", "1");
    }

    private static WebSession.Page send(WebSession session, String path, boolean multipart) {
        return multipart
                ? session.postMultipart(path, Map.of("kind", "OTHER"), "x.jpg", "image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
                : session.post(path, Map.of("anything", "x"));
    }
}
