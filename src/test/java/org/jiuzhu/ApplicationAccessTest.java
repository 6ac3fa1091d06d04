package org.jiuzhu;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.core.demo.persistence.DemoOrganizations;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may not reach an application: another resident, a caseworker of another township and a charity get 403 or 404
 * on its pages, its proofs and its authorizations; an anonymous visitor is sent to the login page, as on every page
 * that needs an account. The owner and the township reach them.
 */
@MicronautTest(transactional = false)
class ApplicationAccessTest {

    private final EmbeddedServer server;
    private final Cases cases;
    private final StaffAccounts staff;
    private final DemoOrganizations organizations;
    private final DataSource dataSource;

    ApplicationAccessTest(EmbeddedServer server, Cases cases, StaffAccounts staff, DemoOrganizations organizations,
                          DataSource dataSource) {
        this.server = server;
        this.cases = cases;
        this.staff = staff;
        this.organizations = organizations;
        this.dataSource = Database.raw(dataSource);
    }

    @Test
    void outsiders_get_403_or_404_on_the_application_its_proofs_and_its_authorizations() {
        Cases.Case c = cases.accepted();
        WebSession owner = new WebSession(server);
        owner.login(c.phone(), c.password());
        String csrf = owner.get("/applications/" + c.id() + "/proofs").csrfToken();
        assertThat(owner.postMultipart("/applications/" + c.id() + "/proofs", Map.of("csrfToken", csrf,
                "kind", "HOUSEHOLD_REGISTER"), "hukou.jpg", "image/jpeg", jpeg()).status()).isEqualTo(303);
        long proof = Database.number(dataSource, "SELECT MAX(id) FROM application_proof WHERE application_id = ?", c.id());
        List<String> residentPaths = List.of("/applications/" + c.id(), "/applications/" + c.id() + "/proofs",
                "/applications/" + c.id() + "/proofs/" + proof, "/apply/" + c.id() + "/authorizations");
        List<String> staffPaths = List.of("/admin/applications/" + c.id(),
                "/admin/applications/" + c.id() + "/proofs/" + proof);
        long charityOrg = organizations.create("测试慈善会", Staff.CITY, null, Instant.now());
        Map<String, WebSession> outsiders = Map.of(
                "another resident", Residents.loggedIn(server, "路人甲").session(),
                "another township's caseworker", WebSession.as(server, Staff.create(staff, Role.CASEWORKER,
                        Staff.CHANGNING_TOWNSHIP)),
                "a charity", WebSession.as(server, Staff.create(staff, Role.CHARITY, Staff.CITY, charityOrg)));
        WebSession anonymous = new WebSession(server);

        outsiders.forEach((who, session) -> {
            for (String path : concat(residentPaths, staffPaths)) {
                WebSession.Page page = session.get(path);
                assertThat(page.status()).as(who + " on " + path).isIn(403, 404);
                assertThat(page.body()).as(who + " on " + path).doesNotContain("王*红").doesNotContain("hukou.jpg");
            }
        });
        for (String path : concat(residentPaths, staffPaths)) {
            WebSession.Page page = anonymous.get(path);
            assertThat(page.status()).as("anonymous on " + path).isEqualTo(303);
            assertThat(page.location()).as("anonymous on " + path).startsWith("/login");
        }
        // After submission the authorizations are shown on the tracking page; the signing page sends the owner there.
        residentPaths.subList(0, 3).forEach(path -> assertThat(owner.get(path).status()).as("owner on " + path)
                .isEqualTo(200));
        assertThat(owner.get("/applications/" + c.id()).body()).contains("王*红").contains("银行存款");
        WebSession township = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));
        staffPaths.forEach(path -> assertThat(township.get(path).status()).as("township on " + path).isEqualTo(200));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static byte[] jpeg() {
        byte[] bytes = new byte[1024];
        java.util.Arrays.fill(bytes, (byte) 7);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }
}
