package org.jiuzhu;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.core.complaint.ComplaintIntake;
import org.jiuzhu.core.demo.persistence.DemoOrganizations;
import org.jiuzhu.core.emergency.EmergencyIntake;
import org.jiuzhu.core.notice.Notices;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.RegionScope;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every route with an object id, the objects of a resident, of the staff and departments of Pingan county and of
 * a charity serving it (offers, needs shared with it, pairings, list batches, API keys, warnings, referrals, case
 * conferences) are out of reach of another resident, the staff of another county (caseworker, approver, supervisor,
 * department), another charity and an anonymous visitor: each gets 401, 403, 404 or the way to the login page, never the page, a 303 elsewhere, a 422
 * (which would mean the check came after the input was read) or a 500. POSTs carry a valid CSRF token, so what
 * refuses them is the access check, not the token. A new route with an id must be placed in one of the lists below.
 */
@MicronautTest(transactional = false)
class AccessMatrixTest {

    /**
     * Routes anyone may read by design, or whose variable names no one's object: a list kind, a template file, a
     * rule of the province-wide rule set (who may switch one is {@code RuleController}'s own test).
     */
    private static final Set<String> PUBLIC = Set.of("/notices/{id}", "/notices/{id}/print",
            "/notices/{id}/attachments/{attachmentId}", "/publicity/{id}/objection", "/lang/{tag}",
            "/admin/exchanges/templates/{file}", "/admin/dashboard/{name}.csv", "/health/{selector}",
            "/api/v1/exchanges/{kind}", "/admin/warning-rules/{id}");

    /**
     * Routes any staff may call by design, each answer holding only the caller's own region: an offer's matches
     * reach another county's staff, but never the Pingan need the offer matches.
     */
    private static final Set<String> REGION_FILTERED = Set.of("/api/v1/offers/{id}/matches");

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final Router router;
    private final Cases cases;
    private final ComplaintIntake complaints;
    private final EmergencyIntake emergencies;
    private final Notices notices;
    private final DemoOrganizations organizations;
    private final MatrixObjects monitoringAndCharity;

    AccessMatrixTest(EmbeddedServer server, StaffAccounts staff, Router router, Cases cases,
                     ComplaintIntake complaints, EmergencyIntake emergencies, Notices notices,
                     DemoOrganizations organizations, MatrixObjects monitoringAndCharity) {
        this.monitoringAndCharity = monitoringAndCharity;
        this.server = server;
        this.staff = staff;
        this.router = router;
        this.cases = cases;
        this.complaints = complaints;
        this.emergencies = emergencies;
        this.notices = notices;
        this.organizations = organizations;
    }

    @Test
    void noOneElsesObjectIsWithinReachOfAnotherResidentAnotherCountyACharityOrAVisitor() {
        Map<String, Long> ids = objects();
        Map<String, WebSession> outsiders = outsiders();
        Set<String> unplaced = new TreeSet<>();
        List<String> reached = new ArrayList<>();
        int checked = 0;
        for (UriRouteInfo<?, ?> route : routes()) {
            String template = route.getUriMatchTemplate().toString();
            if (PUBLIC.contains(template)) {
                continue;
            }
            String path = fill(template, ids);
            if (path == null) {
                unplaced.add(template);
                continue;
            }
            for (Map.Entry<String, WebSession> outsider : outsiders.entrySet()) {
                WebSession.Page answer = send(outsider.getValue(), route, path);
                checked++;
                if (!denied(answer) && !(REGION_FILTERED.contains(template) && answer.status() == 200
                        && !answer.body().contains(org.jiuzhu.matching.Matchmaking.CARD_TEXT))) {
                    reached.add(route.getHttpMethod() + " " + path + " as " + outsider.getKey() + ": "
                            + answer.status() + " " + answer.location());
                }
            }
        }
        // The ids are real: their owners reach them, so the refusals above are the access checks at work.
        assertThat(Cases.residentSession(server, application).get("/applications/" + ids.get("/applications/"))
                .status()).isEqualTo(200);
        WebSession pingan = WebSession.as(server, writer);
        for (String prefix : List.of("/admin/complaints/", "/admin/emergencies/", "/admin/notices/",
                "/admin/residents/", "/admin/applications/")) {
            assertThat(pingan.get(prefix + ids.get(prefix)).status()).as(prefix).isEqualTo(200);
        }
        assertThat(WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP))
                .getJson("/api/v1/offers/" + ids.get("/api/v1/offers/") + "/matches").body())
                .contains(org.jiuzhu.matching.Matchmaking.CARD_TEXT);
        WebSession hrss = WebSession.as(server, monitoringAndCharity.owner());
        for (String prefix : List.of("/admin/referrals/", "/admin/exchanges/")) {
            assertThat(hrss.get(prefix + ids.get(prefix)).status()).as(prefix).isEqualTo(200);
        }
        System.out.printf("access matrix: %d requests to routes with an object id, none reached%n", checked);
        assertThat(unplaced).as("routes with an id in no list of this test").isEmpty();
        assertThat(reached).as("another party's objects reached").isEmpty();
        assertThat(checked).isGreaterThan(600);
    }

    private Cases.Case application;
    private Staff.Login writer;

    /** One object of each kind the matrix covers, all in Pingan county, by path prefix. */
    private Map<String, Long> objects() {
        application = cases.submitted();
        Actor owner = application.resident();
        ComplaintIntake.Filed complaint = complaints.fileOnline(owner, new ComplaintIntake.OnlineForm("DELAY",
                People.XINGFU_VILLAGE, "申请交上去很久了没有消息，请帮忙查一下。", false, "王小明", application.phone(), true,
                "NONE", "", "", "", ""), List.of(), Cases.IP);
        EmergencyIntake.Received emergency = emergencies.submit(owner, new EmergencyIntake.Submission("王小明",
                application.phone(), People.XINGFU_VILLAGE, "幸福村三组", "房子漏雨，老人无处住。"), Cases.IP);
        writer = Staff.create(staff, Role.SUPERVISOR, Cases.PINGAN_COUNTY);
        Actor supervisor = new Actor(writer.id(), Role.SUPERVISOR, new RegionScope(Cases.PINGAN_COUNTY,
                DivisionLevel.COUNTY), null, null);
        Notices.Saved notice = notices.save(supervisor, null, new Notices.Draft("ANNOUNCEMENT", "平安县内部草稿",
                "尚未发布。", List.of(Cases.PINGAN_COUNTY), "2099-01-01T08:00", ""), Cases.IP);
        assertThat(complaint.errors().isEmpty() && notice.errors().isEmpty()).isTrue();
        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put("/applications/", application.id());
        ids.put("/admin/applications/", application.id());
        ids.put("/apply/", application.id());
        ids.put("/complaints/mine/", complaint.id());
        ids.put("/admin/complaints/", complaint.id());
        ids.put("/admin/emergencies/", emergencyId(emergency.reference()));
        ids.put("/admin/notices/", notice.id());
        ids.put("/admin/residents/", owner.accountId());
        ids.put("/admin/proxy/", owner.accountId());
        ids.putAll(monitoringAndCharity.create());
        return ids;
    }

    private long emergencyId(String reference) {
        return Database.number(Database.raw(server.getApplicationContext().getBean(javax.sql.DataSource.class)),
                "SELECT id FROM emergency_request WHERE reference = ?", reference);
    }

    private Map<String, WebSession> outsiders() {
        String changningCounty = "990103000000";
        Map<String, WebSession> outsiders = new LinkedHashMap<>();
        outsiders.put("another resident", Residents.loggedIn(server, "旁人").session());
        outsiders.put("a Changning caseworker", WebSession.as(server, Staff.create(staff, Role.CASEWORKER,
                Staff.CHANGNING_TOWNSHIP)));
        outsiders.put("a Changning approver", WebSession.as(server, Staff.create(staff, Role.APPROVER,
                changningCounty)));
        outsiders.put("a Changning supervisor", WebSession.as(server, Staff.create(staff, Role.SUPERVISOR,
                changningCounty)));
        outsiders.put("a Changning department", WebSession.as(server, Staff.department(staff, Department.HEALTH,
                changningCounty)));
        outsiders.put("a charity", WebSession.as(server, Staff.create(staff, Role.CHARITY, Staff.CITY,
                organizations.create("矩阵测试慈善会", Staff.CITY, null, java.time.Instant.now()))));
        outsiders.put("a visitor", new WebSession(server));
        return outsiders;
    }

    private List<UriRouteInfo<?, ?>> routes() {
        List<UriRouteInfo<?, ?>> routes = new ArrayList<>();
        router.uriRoutes().filter(r -> r.getHttpMethod() == HttpMethod.GET || r.getHttpMethod() == HttpMethod.POST)
                .filter(r -> r.getUriMatchTemplate().toString().contains("{")).forEach(routes::add);
        return routes;
    }

    /** The path with the covered object's id for {@code id}-like variables and 1 for the others; null if none fits. */
    private static String fill(String template, Map<String, Long> ids) {
        Long id = ids.entrySet().stream().filter(e -> template.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        if (id == null) {
            return null;
        }
        Matcher variable = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        boolean first = true;
        while (variable.find()) {
            variable.appendReplacement(path, first ? String.valueOf(id) : "1");
            first = false;
        }
        variable.appendTail(path);
        return path.toString();
    }

    private static WebSession.Page send(WebSession session, UriRouteInfo<?, ?> route, String path) {
        if (route.getHttpMethod() == HttpMethod.GET) {
            return route.getProduces().contains(MediaType.APPLICATION_JSON_TYPE) ? session.getJson(path)
                    : session.get(path);
        }
        String token = session.get("/emergency").csrfToken();
        if (route.getConsumes().contains(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            return session.postMultipart(path, Map.of("csrfToken", token, "kind", "OTHER"), "x.pdf",
                    "application/pdf", "%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        return session.post(path, Map.of("csrfToken", token, "version", "0", "text", "越权测试"));
    }

    private static boolean denied(WebSession.Page answer) {
        int status = answer.status();
        return status == 401 || status == 403 || status == 404
                || status == 303 && answer.location() != null && answer.location().startsWith("/login");
    }
}
