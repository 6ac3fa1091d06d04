package org.jiuzhu;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.core.complaint.ComplaintIntake;
import org.jiuzhu.core.emergency.EmergencyIntake;
import org.jiuzhu.core.notice.Notices;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.RegionScope;
import org.jiuzhu.matching.Matchmaking;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.BrowserHarness.button;
import static org.jiuzhu.BrowserHarness.field;

/**
 * Every public and resident page, in the standard display and in the elder-friendly one (长辈版), at 360 px: axe-core
 * with the WCAG 2.2 AA rules finds nothing serious, nothing scrolls sideways, text and targets have the sizes the
 * MIIT rules ask for, and in elder mode text contrast is at least 7:1 and the pointer is the large one. A new page a
 * visitor or resident can open must be added here: the router is asked for every such route.
 */
@MicronautTest(transactional = false)
class AccessibilityBrowserTest {

    /** Routes a visitor or resident may GET that are not pages: downloads, feeds, redirects. */
    private static final Set<String> NOT_PAGES = Set.of("/lang/{tag}", "/feeds/notices.atom",
            "/notices/{id}/attachments/{attachmentId}", "/applications/{id}/proofs/{proofId}");

    private record Visit(String template, String path, String who, boolean screenshot) {
    }

    private static final String TRACKING_PASSWORD = "mima2026";
    private String trackingCode;

    private final String baseUrl;
    private final EmbeddedServer server;
    private final Router router;
    private final Cases cases;
    private final ComplaintIntake complaints;
    private final EmergencyIntake emergencies;
    private final Notices notices;
    private final StaffAccounts staff;
    private final Matchmaking matchmaking;

    AccessibilityBrowserTest(EmbeddedServer server, Router router, Cases cases, ComplaintIntake complaints,
                             EmergencyIntake emergencies, Notices notices, StaffAccounts staff, Matchmaking matchmaking) {
        this.baseUrl = server.getURL().toString();
        this.server = server;
        this.router = router;
        this.cases = cases;
        this.complaints = complaints;
        this.emergencies = emergencies;
        this.notices = notices;
        this.staff = staff;
        this.matchmaking = matchmaking;
    }

    @Test
    void everyPublicAndResidentPageIsReadableAndOperableInBothDisplays() {
        Cases.Ready draft = cases.ready();
        Cases.Case approved = cases.approved();
        Cases.Case publicized = cases.inPublicity();
        List<Visit> visits = visits(draft, approved, publicized);
        assertThat(uncovered(visits)).as("public or resident pages this test does not visit").isEmpty();
        List<String> problems = new ArrayList<>();
        for (String mode : List.of("standard", "elder")) {
            for (String who : List.of("visitor", "draft", "approved")) {
                try (BrowserContext context = BrowserHarness.newContext(360, 740)) {
                    context.addCookies(List.of(new Cookie("jiuzhu-mode", mode).setUrl(baseUrl)));
                    Page page = context.newPage();
                    logIn(page, who, draft, approved);
                    for (Visit visit : visits) {
                        if (visit.who().equals(who)) {
                            try {
                                check(page, visit, mode);
                            } catch (AssertionError e) {
                                // Every page's problems at once, rather than one page's per build.
                                problems.add(mode + " " + visit.path() + ": " + e.getMessage());
                            }
                        }
                    }
                }
            }
        }
        assertThat(problems).as("pages with problems").isEmpty();
    }

    private void check(Page page, Visit visit, String mode) {
        Response response = page.navigate(baseUrl + visit.path());
        assertThat(response.status()).as(visit.path()).isEqualTo(200);
        assertThat(page.locator("h1")).hasCount(1);
        boolean elder = mode.equals("elder");
        assertThat(page.locator("html.elder")).hasCount(elder ? 1 : 0);
        BrowserHarness.assertNoHorizontalScrolling(page);
        BrowserHarness.checkAccessibility(page);
        Readability.assertAutocomplete(page);
        Readability.assertOutline(page);
        if (elder) {
            Readability.assertParagraphSpacing(page);
            BrowserHarness.checkEnhancedContrast(page);
            Readability.assertSizes(page, 22, 1.3, 60);
            assertThat((String) page.evaluate("() => getComputedStyle(document.body).cursor")).contains("cursor-large.svg");
        } else {
            Readability.assertSizes(page, 18, 1.3, 44);
        }
        if (visit.screenshot()) {
            BrowserHarness.screenshot(page, "a11y-" + visit.template().replace("{id}", "id").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "")
                    .replaceAll("^$", "home") + "-" + visit.who() + "-" + mode + "-360");
        }
    }

    private void logIn(Page page, String who, Cases.Ready draft, Cases.Case approved) {
        if (who.equals("visitor")) {
            // Someone who filed without an account opens their complaint with its code and password.
            page.navigate(baseUrl + "/complaints/track");
            field(page, "查询码").fill(trackingCode);
            field(page, "查询密码").fill(TRACKING_PASSWORD);
            button(page, "查询").click();
            assertThat(page).hasURL(baseUrl + "/complaints/track/view");
            return;
        }
        boolean drafting = who.equals("draft");
        BrowserHarness.logIn(page, baseUrl + "/login", drafting ? draft.phone() : approved.phone(),
                drafting ? draft.password() : approved.password());
        assertThat(page).hasURL(baseUrl + "/");
    }

    private List<Visit> visits(Cases.Ready draft, Cases.Case approved, Cases.Case publicized) {
        long notice = publishedNotice();
        ComplaintIntake.Filed mine = complaints.fileOnline(approved.resident(), new ComplaintIntake.OnlineForm("DELAY",
                People.XINGFU_VILLAGE, "申请交上去很久了没有消息，请帮忙查一下。", false, "王小明", approved.phone(), true,
                "NONE", "", "", "", ""), List.of(), Cases.IP);
        assertThat(mine.errors().isEmpty()).isTrue();
        ComplaintIntake.Filed anonymous = complaints.fileOnline(null, new ComplaintIntake.OnlineForm("DELAY",
                People.XINGFU_VILLAGE, "村里的救助公示一直没有贴出来，请帮忙问一下。", true, "", "", false, "NONE", "", "",
                TRACKING_PASSWORD, TRACKING_PASSWORD), List.of(), Cases.IP);
        assertThat(anonymous.errors().asMap()).isEmpty();
        trackingCode = anonymous.trackingCode();
        String reference = emergencies.submit(null, new EmergencyIntake.Submission("李大爷", People.phone(),
                People.XINGFU_VILLAGE, "幸福村三组", "房子漏雨，老人无处住。"), Cases.IP).reference();
        long need = matchmaking.sharedNeed(approved, Cases.residentSession(server, approved));
        long entry = publicityEntry(publicized);
        List<Visit> v = new ArrayList<>();
        for (String path : List.of("/", "/self-check", "/login", "/register", "/emergency", "/notices", "/publicity",
                "/complaints/new", "/complaints/track", "/services", "/charity/register")) {
            v.add(new Visit(path, path, "visitor", Set.of("/", "/self-check", "/login", "/emergency",
                    "/complaints/new", "/notices").contains(path)));
        }
        v.add(new Visit("/emergency/received", "/emergency/received?reference=" + reference, "visitor", false));
        v.add(new Visit("/complaints/track/view", "/complaints/track/view", "visitor", false));
        v.add(new Visit("/complaints/filed", "/complaints/filed?code=" + mine.trackingCode(), "visitor", false));
        v.add(new Visit("/notices/{id}", "/notices/" + notice, "visitor", false));
        v.add(new Visit("/notices/{id}/print", "/notices/" + notice + "/print", "visitor", false));
        v.add(new Visit("/publicity/{id}/objection", "/publicity/" + entry + "/objection", "visitor", false));
        long id = draft.id();
        v.add(new Visit("/apply", "/apply", "draft", true));
        for (String step : List.of("household", "members", "finances", "needs", "authorizations", "review")) {
            v.add(new Visit("/apply/{id}/" + step, "/apply/" + id + "/" + step, "draft", step.equals("household")));
        }
        v.add(new Visit("/applications/{id}/proofs", "/applications/" + id + "/proofs", "draft", false));
        v.add(new Visit("/account/password", "/account/password", "draft", false));
        v.add(new Visit("/", "/", "approved", true));
        v.add(new Visit("/applications/{id}", "/applications/" + approved.id(), "approved", true));
        for (String path : List.of("/messages", "/assistance", "/charity-help", "/charity-help/pairings",
                "/complaints/mine")) {
            v.add(new Visit(path, path, "approved", path.equals("/assistance")));
        }
        v.add(new Visit("/charity-help/{id}/services", "/charity-help/" + need + "/services", "approved", false));
        v.add(new Visit("/complaints/mine/{id}", "/complaints/mine/" + mine.id(), "approved", false));
        return v;
    }

    private long publishedNotice() {
        Staff.Login writer = Staff.create(staff, Role.SUPERVISOR, Cases.PINGAN_COUNTY);
        Actor supervisor = new Actor(writer.id(), Role.SUPERVISOR, new RegionScope(Cases.PINGAN_COUNTY,
                DivisionLevel.COUNTY), null, null);
        String now = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(1).truncatedTo(ChronoUnit.MINUTES)
                .toString();
        Notices.Saved saved = notices.save(supervisor, null, new Notices.Draft("ANNOUNCEMENT", "城乡低保标准调整的通知",
                "自下月起，城乡低保标准按新标准执行。\n具体金额请看附表。", List.of(Cases.PINGAN_COUNTY), now, ""), Cases.IP);
        assertThat(saved.errors().isEmpty()).as(saved.errors().asMap().toString()).isTrue();
        return saved.id();
    }

    private long publicityEntry(Cases.Case publicized) {
        String list = new WebSession(server).get("/publicity").body();
        Matcher link = Pattern.compile("/publicity/(\\d+)/objection").matcher(list);
        assertThat(link.find()).as("an objection link on the publicity list for application " + publicized.id())
                .isTrue();
        return Long.parseLong(link.group(1));
    }

    /** Routes a visitor or a resident can GET as a page which no visit covers. */
    private Set<String> uncovered(List<Visit> visits) {
        Set<String> covered = new TreeSet<>();
        visits.forEach(v -> covered.add(v.template()));
        Set<String> missing = new TreeSet<>();
        router.uriRoutes().filter(r -> r.getHttpMethod() == HttpMethod.GET).filter(AccessibilityBrowserTest::forResidents)
                .filter(r -> r.getProduces().contains(MediaType.TEXT_HTML_TYPE))
                .map(r -> r.getUriMatchTemplate().toString())
                .filter(t -> !NOT_PAGES.contains(t) && !covered.contains(t) && !t.startsWith("/test-only/"))
                .forEach(missing::add);
        return missing;
    }

    private static boolean forResidents(UriRouteInfo<?, ?> route) {
        String[] roles = route.getAnnotationMetadata().stringValues(Secured.class);
        return Arrays.stream(roles).anyMatch(r -> r.equals(SecurityRule.IS_ANONYMOUS) || r.equals("RESIDENT"));
    }
}
