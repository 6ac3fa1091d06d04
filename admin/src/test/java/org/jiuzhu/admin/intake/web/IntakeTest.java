package org.jiuzhu.admin.intake.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Cases;
import org.jiuzhu.Database;
import org.jiuzhu.People;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.core.account.Account;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Registrations;
import org.jiuzhu.core.account.ResidentRegistration;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.jiuzhu.core.application.Application;
import org.jiuzhu.core.application.ApplicationStatus;
import org.jiuzhu.core.application.Applications;
import org.jiuzhu.core.application.Drafts;
import org.jiuzhu.core.application.Submissions;
import org.jiuzhu.core.application.TimelineEntry;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.RegionScope;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class IntakeTest {

    private static final String IP = "127.0.0.1";
    private static final String PINGAN_COUNTY = "990102000000";

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final Registrations registrations;
    private final Drafts drafts;
    private final Submissions submissions;
    private final Applications applications;
    private final Cases cases;
    private final DataSource dataSource;

    IntakeTest(EmbeddedServer server, StaffAccounts staff, Registrations registrations, Drafts drafts,
               Submissions submissions, Applications applications, Cases cases, DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.registrations = registrations;
        this.drafts = drafts;
        this.submissions = submissions;
        this.applications = applications;
        this.cases = cases;
        this.dataSource = Database.raw(dataSource);
    }

    @Test
    void the_township_caseworker_sees_the_submission_in_the_queue_and_the_system_assessment_on_the_detail_page() {
        Cases.Case submitted = cases.submitted();
        WebSession caseworker = caseworker(Staff.CHENGGUAN_TOWNSHIP);

        WebSession.Page queue = caseworker.get("/admin/applications");
        WebSession.Page detail = caseworker.get(detailPath(submitted.id()));

        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains("href=\"" + detailPath(submitted.id()) + "\"").contains("王*明");
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains("最低生活保障").contains("**** 5678").doesNotContain("6228480012345678")
                .contains("王*红").doesNotContain("王小红")
                .contains("action=\"" + acceptPath(submitted.id()) + "\"").contains("action=\"" + returnPath(submitted.id()) + "\"");
    }

    @Test
    void accepting_moves_the_application_to_accepted_with_a_timeline_entry_and_an_audit_row() {
        Cases.Case submitted = cases.submitted();
        WebSession caseworker = caseworker(Staff.CHENGGUAN_TOWNSHIP);

        WebSession.Page page = caseworker.submit(detailPath(submitted.id()), acceptPath(submitted.id()),
                Map.of("note", "材料齐全"));

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo(detailPath(submitted.id()) + "?done=accepted");
        Application application = reread(submitted);
        assertThat(application.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(applications.timeline(application)).extracting(TimelineEntry::status).contains(ApplicationStatus.ACCEPTED);
        assertThat(audited("APPLICATION_ACCEPTED", submitted.id())).isEqualTo(1);
        assertThat(caseworker.get(page.location()).body()).contains("role=\"status\"").contains("材料齐全");
    }

    @Test
    void returning_without_a_reason_is_refused_with_the_message_and_the_status_stays_submitted() {
        Cases.Case submitted = cases.submitted();
        WebSession caseworker = caseworker(Staff.CHENGGUAN_TOWNSHIP);

        WebSession.Page page = caseworker.submit(detailPath(submitted.id()), returnPath(submitted.id()),
                Map.of("note", "  "));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("退回时必须写明原因").contains("href=\"#return-note\"");
        assertThat(reread(submitted).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void returning_with_a_reason_sets_returned_and_the_reason_appears_in_the_timeline() {
        Cases.Case submitted = cases.submitted();
        WebSession caseworker = caseworker(Staff.CHENGGUAN_TOWNSHIP);

        WebSession.Page page = caseworker.submit(detailPath(submitted.id()), returnPath(submitted.id()),
                Map.of("note", "请补充户口簿复印件"));

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo(detailPath(submitted.id()) + "?done=returned");
        Application application = reread(submitted);
        assertThat(application.status()).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(applications.timeline(application)).extracting(TimelineEntry::note).contains("请补充户口簿复印件");
        assertThat(caseworker.get(detailPath(submitted.id())).body()).contains("请补充户口簿复印件");
    }

    @Test
    void a_caseworker_of_another_township_gets_403_on_the_detail_page_and_on_accept() {
        Cases.Case submitted = cases.submitted();
        WebSession other = caseworker(Staff.CHANGNING_TOWNSHIP);

        assertThat(other.get(detailPath(submitted.id())).status()).isEqualTo(403);
        // The queue page carries the CSRF token (in the logout form): the refusal is about scope, not the token.
        WebSession.Page accept = other.submit("/admin/applications", acceptPath(submitted.id()), Map.of("note", ""));

        assertThat(accept.status()).isEqualTo(403);
        assertThat(reread(submitted).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(other.get("/admin/applications").body()).doesNotContain(detailPath(submitted.id()) + "\"");
    }

    @Test
    void an_approver_of_the_county_reads_the_application_but_cannot_accept_it() {
        Cases.Case submitted = cases.submitted();
        WebSession approver = WebSession.as(server, Staff.create(staff, Role.APPROVER, PINGAN_COUNTY));

        WebSession.Page detail = approver.get(detailPath(submitted.id()));
        WebSession.Page accept = approver.submit(detailPath(submitted.id()), acceptPath(submitted.id()),
                Map.of("note", ""));

        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains("最低生活保障").doesNotContain("action=\"" + acceptPath(submitted.id()) + "\"")
                .doesNotContain("action=\"" + returnPath(submitted.id()) + "\"");
        assertThat(accept.status()).isEqualTo(422);
        assertThat(accept.body()).contains("当前不能办理");
        assertThat(reread(submitted).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void a_decision_made_on_a_page_older_than_the_application_is_refused() {
        Cases.Case submitted = cases.submitted();
        WebSession first = caseworker(Staff.CHENGGUAN_TOWNSHIP);
        WebSession second = caseworker(Staff.CHENGGUAN_TOWNSHIP);
        WebSession.Page stale = second.get(detailPath(submitted.id()));
        assertThat(first.submit(detailPath(submitted.id()), returnPath(submitted.id()),
                Map.of("note", "缺少收入证明")).status()).isEqualTo(303);
        assertThat(submissions.submit(submitted.resident(), submitted.id(), true, submissions.newToken(), IP)
                .submitted()).isTrue();

        // The resubmitted application is SUBMITTED again, but not the one the second caseworker looked at.
        WebSession.Page page = second.post(acceptPath(submitted.id()), Map.of("note", "", "version",
                versionOn(stale.body()), "csrfToken", stale.csrfToken()));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("申请刚刚被其他操作改变了");
        assertThat(reread(submitted).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void staff_never_see_a_draft_the_resident_has_not_submitted() {
        String password = People.password();
        Account account = registrations.register(new ResidentRegistration("草稿人", People.phone(), People.idNumber(),
                People.XINGFU_VILLAGE, password.toCharArray(), password.toCharArray()), IP);
        Actor resident = new Actor(account.id(), Role.RESIDENT,
                new RegionScope(People.XINGFU_VILLAGE, DivisionLevel.VILLAGE), null, null);
        long draft = drafts.start(resident, People.XINGFU_VILLAGE, IP).application().id();

        assertThat(caseworker(Staff.CHENGGUAN_TOWNSHIP).get(detailPath(draft)).status()).isEqualTo(403);
    }

    private static String versionOn(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private WebSession caseworker(String township) {
        return WebSession.as(server, Staff.create(staff, Role.CASEWORKER, township));
    }

    private Application reread(Cases.Case submitted) {
        return applications.find(submitted.resident(), submitted.id()).orElseThrow();
    }

    private long audited(String action, long id) {
        return Database.number(dataSource, "SELECT COUNT(*) FROM audit_entry WHERE action = ? AND record_type = "
                + "'application' AND record_id = ?", action, Long.toString(id));
    }

    private static String detailPath(long id) {
        return "/admin/applications/" + id;
    }

    private static String acceptPath(long id) {
        return detailPath(id) + "/accept";
    }

    private static String returnPath(long id) {
        return detailPath(id) + "/return";
    }
}
