package org.jiuzhu.admin.notice.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Database;
import org.jiuzhu.MovingClock;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Supervisors write notices for their regions, now or at a set time; the public reads them from then until their last
 * day, found by category and region, as a page, a print view and a feed; edits keep the earlier text; Markdown never
 * lets HTML through.
 */
@MicronautTest(transactional = false)
class NoticeTest {

    private static final String COUNTY = "990102000000";
    private static final String TOWNSHIP = "990102001000";
    private static final String VILLAGE = "990102001002";
    private static final String OTHER_COUNTY = "990103000000";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern SAVED = Pattern.compile("/admin/notices/(\\d+)\\?notice=saved");

    // Moved by hand: scheduled publishing and expiry without waiting.
    private final MovingClock clock = new MovingClock();
    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final DataSource db;

    NoticeTest(EmbeddedServer server, StaffAccounts staff, DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.db = Database.raw(dataSource);
    }

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Test
    void aNoticeIsPublicAtItsTimeRevisedWithItsHistoryKeptAndGoneWhenWithdrawn() {
        WebSession supervisor = supervisor();
        String later = LocalDateTime.now(clock.withZone(CHINA)).plusHours(2).format(DateTimeFormatter.ofPattern(
                "yyyy-MM-dd'T'HH:mm"));
        long id = write(supervisor, Map.of("title", "关于提高城乡低保标准的通知", "body", "自下月起**提高**标准。",
                "publishAt", later, "region-" + COUNTY, "yes"));
        WebSession anyone = new WebSession(server);

        assertThat(anyone.get("/notices").body()).doesNotContain("关于提高城乡低保标准的通知");
        assertThat(anyone.get("/notices/" + id).status()).isEqualTo(404);
        assertThat(supervisor.get("/admin/notices").body()).contains("关于提高城乡低保标准的通知", "待发布");

        // As a browser sends the form: every field, the unchanged ones as they were filled in.
        WebSession.Page revised = supervisor.submit("/admin/notices/" + id, "/admin/notices/" + id, Map.of(
                "title", "关于提高城乡低保标准的通知（修订）", "body", "自下月起**提高**标准，详见附表。", "category", "POLICY",
                "publishAt", later, "region-" + COUNTY, "yes"));
        assertThat(revised.status()).as(revised.body()).isEqualTo(303);
        String edit = supervisor.get("/admin/notices/" + id).body();
        assertThat(edit).contains("修改前的版本", "第 1 版", "自下月起<strong>提高</strong>标准。");
        assertThat(Database.number(db, "SELECT revision FROM notice WHERE id = ?", id)).isEqualTo(2);

        clock.move(Duration.ofHours(3));
        assertThat(anyone.get("/notices").body()).contains("关于提高城乡低保标准的通知（修订）");
        assertThat(anyone.get("/notices/" + id).body()).contains("详见附表", "已修订（第 2 版）");
        clock.move(Duration.ofHours(-3));

        assertThat(supervisor.submit("/admin/notices/" + id, "/admin/notices/" + id + "/withdraw", Map.of())
                .status()).isEqualTo(303);
        clock.move(Duration.ofHours(3));
        assertThat(anyone.get("/notices/" + id).status()).isEqualTo(404);
        assertThat(anyone.get("/notices").body()).doesNotContain("关于提高城乡低保标准的通知");
        clock.move(Duration.ofHours(-3));
        assertThat(Database.text(db, "SELECT GROUP_CONCAT(action ORDER BY id) FROM audit_entry WHERE record_type = "
                + "'notice' AND record_id = ?", String.valueOf(id)))
                .isEqualTo("NOTICE_WRITTEN,NOTICE_REVISED,NOTICE_WITHDRAWN");
    }

    @Test
    void markdownIsRenderedButHtmlAndScriptLinksStayText() {
        long id = write(supervisor(), Map.of("title", "办事指南：低保申请", "body",
                "# 申请材料\n\n- 身份证\n- 户口簿\n\n<script>alert('x')</script>\n\n[办事大厅](https://example.gov.cn) "
                        + "[点我](javascript:alert(1))", "region-" + COUNTY, "yes", "category", "GUIDE"));

        String page = new WebSession(server).get("/notices/" + id).body();

        assertThat(page).contains("<h2>申请材料</h2>", "<li>身份证</li>", "&lt;script&gt;alert(")
                .contains("<a rel=\"nofollow noopener\" href=\"https://example.gov.cn\">办事大厅</a>")
                .doesNotContain("<script>alert", "href=\"javascript:");
        assertThat(new WebSession(server).get("/notices/" + id + "/print").body())
                .contains("<h1>办事指南：低保申请</h1>", "&lt;script&gt;").doesNotContain("site-nav");
    }

    @Test
    void readersFindNoticesByCategoryAndByTheirRegionAndInTheFeed() {
        WebSession supervisor = supervisor();
        long township = write(supervisor, Map.of("title", "城关镇临时救助公告", "body", "城关镇。", "category",
                "ANNOUNCEMENT", "region-" + TOWNSHIP, "yes"));
        long county = write(supervisor, Map.of("title", "平安县政策解读第一号", "body", "全县。", "category", "POLICY",
                "region-" + COUNTY, "yes"));
        WebSession anyone = new WebSession(server);

        assertThat(anyone.get("/notices?region=" + VILLAGE).body()).contains("城关镇临时救助公告", "平安县政策解读第一号");
        assertThat(anyone.get("/notices?region=" + OTHER_COUNTY).body())
                .doesNotContain("城关镇临时救助公告", "平安县政策解读第一号");
        assertThat(anyone.get("/notices?category=POLICY").body()).contains("平安县政策解读第一号")
                .doesNotContain("城关镇临时救助公告");
        WebSession.Page feed = anyone.get("/feeds/notices.atom",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).as(feed.body())
                .startsWith("application/atom+xml");
        assertThat(feed.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">", "城关镇临时救助公告",
                "<id>http://localhost:8080/notices/" + township + "</id>", "<id>http://localhost:8080/notices/" + county + "</id>",
                "<link href=\"http://localhost:8080/feeds/notices.atom\" rel=\"self\"/>");
    }

    @Test
    void thePublicSearchFindsPublishedNoticesByTheirChineseWordsAndNothingElse() {
        WebSession supervisor = supervisor();
        long standard = write(supervisor, Map.of("title", "关于调整城乡最低生活保障标准的通知", "body",
                "城乡低保标准每人每月提高五十元。", "region-" + COUNTY, "yes"));
        long heating = write(supervisor, Map.of("title", "冬季取暖补贴发放指南", "body", "分散供养特困人员的取暖补贴。",
                "category", "GUIDE", "region-" + COUNTY, "yes"));
        String later = LocalDateTime.now(clock.withZone(CHINA)).plusDays(1).format(DateTimeFormatter.ofPattern(
                "yyyy-MM-dd'T'HH:mm"));
        write(supervisor, Map.of("title", "明天发布的低保标准解读", "body", "低保标准。", "publishAt", later,
                "region-" + COUNTY, "yes"));
        WebSession anyone = new WebSession(server);

        String found = anyone.get("/notices?q=" + java.net.URLEncoder.encode("低保标准",
                java.nio.charset.StandardCharsets.UTF_8)).body();
        assertThat(found).contains("/notices/" + standard + "\"").doesNotContain("/notices/" + heating + "\"",
                "明天发布的低保标准解读");
        assertThat(anyone.get("/notices?q=" + java.net.URLEncoder.encode("取暖", java.nio.charset.StandardCharsets.UTF_8)
                + "&category=GUIDE").body()).contains("冬季取暖补贴发放指南").doesNotContain("城乡最低生活保障标准");

        assertThat(supervisor.submit("/admin/notices/" + heating, "/admin/notices/" + heating + "/withdraw",
                Map.of()).status()).isEqualTo(303);
        assertThat(anyone.get("/notices?q=" + java.net.URLEncoder.encode("取暖", java.nio.charset.StandardCharsets.UTF_8))
                .body()).contains("没有找到含“取暖”的公告").doesNotContain("冬季取暖补贴发放指南");
        assertThat(anyone.get("/notices?page=2147483647").status()).isEqualTo(200);
        assertThat(anyone.get("/notices?q=%3Cscript%3E").body()).contains("value=\"&lt;script&gt;\"")
                .doesNotContain("value=\"<script>");
    }

    @Test
    void attachmentsArePdfsOrPicturesDownloadedWhileTheNoticeIsPublished() {
        WebSession supervisor = supervisor();
        long id = write(supervisor, Map.of("title", "申请表格下载", "body", "见附件。", "region-" + COUNTY, "yes"));
        byte[] pdf = "%PDF-1.4\n申请表\n%%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String csrf = supervisor.get("/admin/notices/" + id).csrfToken();

        WebSession.Page attached = supervisor.postMultipart("/admin/notices/" + id + "/attachments",
                Map.of("csrfToken", csrf), "../低保申请表.pdf", "application/pdf", pdf);
        WebSession.Page disguised = supervisor.postMultipart("/admin/notices/" + id + "/attachments",
                Map.of("csrfToken", csrf), "表格.pdf", "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(attached.status()).as(attached.body()).isEqualTo(303);
        assertThat(disguised.status()).isEqualTo(422);
        assertThat(disguised.body()).contains("只能上传 PDF、JPG 或 PNG 文件");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM notice_attachment WHERE notice_id = ?", id)).isEqualTo(1);
        WebSession anyone = new WebSession(server);
        Matcher link = Pattern.compile("href=\"(/notices/" + id + "/attachments/\\d+)\">低保申请表.pdf</a>")
                .matcher(anyone.get("/notices/" + id).body());
        assertThat(link.find()).isTrue();
        java.net.http.HttpResponse<byte[]> download = anyone.download(link.group(1));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");

        String removeAction = link.group(1).replace("/notices/", "/admin/notices/") + "/remove";
        assertThat(supervisor.submit("/admin/notices/" + id, removeAction, Map.of()).status()).isEqualTo(303);
        assertThat(anyone.download(link.group(1)).statusCode()).isEqualTo(404);
        assertThat(anyone.get("/notices/" + id).body()).doesNotContain("低保申请表.pdf");
    }

    @Test
    void aNoticeIsShownUntilItsLastDayInclusive() {
        String today = LocalDate.now(clock.withZone(CHINA)).toString();
        long id = write(supervisor(), Map.of("title", "今日有效的公告", "body", "仅今天。", "expiresOn", today,
                "region-" + COUNTY, "yes"));
        WebSession anyone = new WebSession(server);
        assertThat(anyone.get("/notices/" + id).status()).isEqualTo(200);

        clock.move(Duration.ofDays(2));
        try {
            assertThat(anyone.get("/notices/" + id).status()).isEqualTo(404);
            assertThat(anyone.get("/notices").body()).doesNotContain("今日有效的公告");
        } finally {
            clock.move(Duration.ofDays(-2));
        }
    }

    @Test
    void aDraftWithMistakesIsRefusedInWordsAndNothingIsWritten() {
        WebSession supervisor = supervisor();
        long before = Database.number(db, "SELECT COUNT(*) FROM notice");

        WebSession.Page refused = supervisor.submit("/admin/notices/new", "/admin/notices", Map.of("title", "无",
                "body", " ", "publishAt", "明天", "category", "POLICY", "expiresOn", "2026-02-30"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("请填写标题", "请填写正文", "请至少选择一个发布范围", "发布时间的格式不对",
                "截止日期的格式不对");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM notice")).isEqualTo(before);
        WebSession.Page outside = supervisor.post("/admin/notices", Map.of("csrfToken",
                supervisor.get("/admin/notices/new").csrfToken(), "title", "越权公告", "body", "正文", "category",
                "POLICY", "region-" + OTHER_COUNTY, "yes"));
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.body()).contains("只能向本辖区内的地区发布公告");
        assertThat(Database.number(db, "SELECT COUNT(*) FROM notice")).isEqualTo(before);
    }

    @Test
    void onlySupervisorsWriteNoticesAndOnlyWithTheFormsToken() {
        WebSession caseworker = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, TOWNSHIP));
        assertThat(caseworker.get("/admin/notices").status()).isEqualTo(403);
        WebSession supervisor = supervisor();
        WebSession.Page forged = supervisor.post("/admin/notices", Map.of("title", "没有令牌的公告", "body", "正文",
                "category", "POLICY", "region-" + COUNTY, "yes"));
        assertThat(forged.status()).isEqualTo(403);
        long other = write(WebSession.as(server, Staff.create(staff, Role.SUPERVISOR, OTHER_COUNTY)), Map.of(
                "title", "长宁县公告", "body", "正文", "region-" + OTHER_COUNTY, "yes"));
        assertThat(supervisor.get("/admin/notices/" + other).status()).isEqualTo(404);
        assertThat(supervisor.get("/admin/notices").body()).doesNotContain("长宁县公告");
    }

    private WebSession supervisor() {
        return WebSession.as(server, Staff.create(staff, Role.SUPERVISOR, COUNTY));
    }

    /** Writes a notice through the form (category POLICY unless given); answers its id. */
    private long write(WebSession session, Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(Map.of("category", "POLICY"));
        form.putAll(fields);
        WebSession.Page saved = session.submit("/admin/notices/new", "/admin/notices", form);
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        Matcher m = SAVED.matcher(saved.location());
        assertThat(m.find()).as(saved.location()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
