package org.jiuzhu;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.admin.exchange.Importer;
import org.jiuzhu.admin.exchange.ListKind;
import org.jiuzhu.admin.exchange.Lists;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.core.complaint.ComplaintIntake;
import org.jiuzhu.core.emergency.EmergencyIntake;
import org.jiuzhu.matching.Charities;
import org.jiuzhu.matching.Matchmaking;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff's pages, as each staff role reaches them by following links from its start page, at 1280 px in the
 * standard display and the elder-friendly one: axe-core with the WCAG 2.2 AA rules finds nothing serious, every page
 * has one heading of the first level, and nothing scrolls sideways. Each kind of page (the same path with another
 * record's number) is checked once per role and display. Staff pages are not held to the MIIT sizes of the public
 * pages; {@link AccessibilityBrowserTest} holds those.
 */
@MicronautTest(transactional = false)
class StaffAccessibilityBrowserTest {

    /** Links that are not pages: downloads, exports, status polls, language switches. */
    private static final Pattern NOT_PAGES = Pattern.compile(
            ".*(\\.csv|/proofs/\\d+|/evidence/\\d+|/certificate|/templates/.*|/status|/attachments/\\d+)$");
    private static final Pattern NUMBER = Pattern.compile("/\\d+(?=/|$)");
    private static final int MAX_PAGES_PER_ROLE = 60;

    private final String baseUrl;
    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final Cases cases;
    private final ComplaintIntake complaints;
    private final EmergencyIntake emergencies;
    private final Matchmaking matchmaking;
    private final Importer importer;

    StaffAccessibilityBrowserTest(EmbeddedServer server, StaffAccounts staff, Cases cases, ComplaintIntake complaints,
                                  EmergencyIntake emergencies, Matchmaking matchmaking, Importer importer) {
        this.baseUrl = server.getURL().toString();
        this.server = server;
        this.staff = staff;
        this.cases = cases;
        this.complaints = complaints;
        this.emergencies = emergencies;
        this.matchmaking = matchmaking;
        this.importer = importer;
    }

    private record Login(String who, String username, String password, String start) {
    }

    @Test
    void everyStaffPageACrawlFromEachRolesStartPageReachesIsAccessibleInBothDisplays() {
        List<Login> logins = somethingOnEveryList();
        List<String> problems = new ArrayList<>();
        Set<String> visited = new TreeSet<>();
        for (String mode : List.of("standard", "elder")) {
            for (Login login : logins) {
                try (BrowserContext context = BrowserHarness.newContext(1280, 900)) {
                    context.addCookies(List.of(new Cookie("jiuzhu-mode", mode).setUrl(baseUrl)));
                    Page page = context.newPage();
                    BrowserHarness.logIn(page, baseUrl + "/login", login.username(), login.password());
                    crawl(page, login, mode, problems, visited);
                }
            }
        }
        System.out.println("Staff pages checked (" + visited.size() + "):\n  " + String.join("\n  ", visited));
        // A crawl that lost its way (a changed start page, a login that failed) would check almost nothing.
        assertThat(visited).as("pages the crawl reached").contains("supervisor /admin/applications/{id}",
                "supervisor /admin/complaints/{id}", "supervisor /admin/emergencies/{id}", "supervisor /admin/dashboard",
                "supervisor /admin/notices/new", "caseworker /admin/residents/{id}", "caseworker /admin/watch",
                "village officer /admin/visits/new", "operator /admin/hotline", "department /admin/exchanges",
                "admin /admin/staff/new", "charity /charity/offers/{id}/needs", "charity /charity/pairings/{id}",
                "department /admin/referrals/{id}", "department /admin/warnings/{id}", "department /admin/exchanges/{id}");
        assertThat(problems).as("staff pages with problems").isEmpty();
    }

    private void crawl(Page page, Login login, String mode, List<String> problems, Set<String> visited) {
        Deque<String> queue = new ArrayDeque<>(List.of(login.start()));
        Map<String, String> seen = new LinkedHashMap<>();
        seen.put(kind(login.start()), login.start());
        while (!queue.isEmpty() && seen.size() <= MAX_PAGES_PER_ROLE) {
            String path = queue.removeFirst();
            visited.add(login.who() + " " + kind(path));
            try {
                check(page, path, mode);
            } catch (AssertionError e) {
                // Every page's problems at once, rather than one page's per build.
                problems.add(mode + " " + login.who() + " " + path + ": " + e.getMessage());
                continue;
            }
            for (String link : links(page)) {
                if (seen.putIfAbsent(kind(link), link) == null) {
                    queue.addLast(link);
                }
            }
        }
    }

    private void check(Page page, String path, String mode) {
        Response response = page.navigate(baseUrl + path);
        assertThat(response.status()).as(path).isEqualTo(200);
        assertThat(page.locator("h1")).hasCount(1);
        assertThat(page.locator("html.elder")).hasCount(mode.equals("elder") ? 1 : 0);
        BrowserHarness.assertNoHorizontalScrolling(page);
        BrowserHarness.checkAccessibility(page);
    }

    /** The staff pages this page links to, as paths with their query. */
    @SuppressWarnings("unchecked")
    private List<String> links(Page page) {
        List<String> hrefs = (List<String>) page.evaluate(
                "() => Array.from(document.querySelectorAll('a[href]'), a => a.href)");
        List<String> paths = new ArrayList<>();
        for (String href : hrefs) {
            URI uri = URI.create(href);
            String path = uri.getPath();
            if (!href.startsWith(baseUrl) || NOT_PAGES.matcher(path).matches()
                    || !(path.startsWith("/admin") || path.startsWith("/charity") || path.equals("/account/password"))) {
                continue;
            }
            paths.add(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        }
        return paths;
    }

    /** A page's kind: its path with every record number replaced, without its query. */
    private static String kind(String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return NUMBER.matcher(bare).replaceAll("/{id}");
    }

    /** Records of every kind the staff lists show, so each list links to a detail page; and the staff to log in. */
    private List<Login> somethingOnEveryList() {
        cases.submitted();
        cases.accepted();
        cases.inPublicity();
        Cases.Case approved = cases.approved();
        ComplaintIntake.Filed complaint = complaints.fileOnline(approved.resident(), new ComplaintIntake.OnlineForm(
                "DELAY", People.XINGFU_VILLAGE, "申请交上去很久了没有消息，请帮忙查一下。", false, "王小明",
                approved.phone(), true, "NONE", "", "", "", ""), List.of(), Cases.IP);
        assertThat(complaint.errors().asMap()).isEmpty();
        emergencies.submit(null, new EmergencyIntake.Submission("李大爷", People.phone(), People.XINGFU_VILLAGE,
                "幸福村三组", "房子漏雨，老人无处住。"), Cases.IP);
        Charities.Charity charity = matchmaking.verifiedCharity();
        long offer = matchmaking.publishedProject(charity, 5);
        long need = matchmaking.sharedNeed(approved, Cases.residentSession(server, approved));
        WebSession.Page proposed = charity.session().submit("/charity/offers/" + offer + "/needs",
                "/charity/offers/" + offer + "/needs/" + need + "/propose", Map.of("message", "我们可以资助学费"));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(303);
        // A department's list that raises a warning for the household, and the referral that goes with it.
        Staff.Login hrss = Staff.department(staff, Department.HRSS, Cases.PINGAN_COUNTY);
        Lists.handOver(WebSession.as(server, hrss), importer, ListKind.REGISTERED_UNEMPLOYED, approved.childIdNumber(),
                Map.of("employmentAid", "否"));

        List<Login> logins = new ArrayList<>();
        logins.add(login("supervisor", Staff.create(staff, Role.SUPERVISOR, Cases.PINGAN_COUNTY), "/admin"));
        logins.add(login("caseworker", Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP), "/admin"));
        logins.add(login("approver", Staff.create(staff, Role.APPROVER, Cases.PINGAN_COUNTY), "/admin"));
        logins.add(login("village officer", Staff.create(staff, Role.VILLAGE_OFFICER, People.XINGFU_VILLAGE),
                "/admin"));
        logins.add(login("operator", Staff.create(staff, Role.OPERATOR, Staff.CITY), "/admin"));
        logins.add(login("department", hrss, "/admin"));
        logins.add(login("admin", Staff.create(staff, Role.ADMIN, Staff.PROVINCE), "/admin"));
        logins.add(new Login("charity", charity.username(), "Charity-Pass-2026!", "/charity"));
        return logins;
    }

    private static Login login(String who, Staff.Login account, String start) {
        return new Login(who, account.username(), account.password(), start);
    }
}
