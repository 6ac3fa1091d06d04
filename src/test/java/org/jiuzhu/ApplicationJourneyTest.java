package org.jiuzhu;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole journey over HTTP, as the people involved go through it: a visitor checks what they may get, registers,
 * applies for a household of three, signs the authorizations, uploads a proof and submits; the township accepts,
 * verifies, visits and holds the appraisal; the public reads the publicity list; the county approves. The resident
 * sees every stage and the decision with its arithmetic, and the assistance chain holds the approval.
 */
@MicronautTest(transactional = false)
class ApplicationJourneyTest {

    private static final String PINGAN_COUNTY = "990102000000";
    private static final Pattern APPLICATION = Pattern.compile("/apply/(\\d+)/household");
    private static final Pattern TOKEN = Pattern.compile("name=\"submissionToken\" value=\"([0-9a-f]{32})\"");

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final DataSource dataSource;

    ApplicationJourneyTest(EmbeddedServer server, StaffAccounts staff, DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.dataSource = Database.raw(dataSource);
    }

    @Test
    void a_household_of_three_goes_from_self_check_to_county_approval_and_sees_every_stage() {
        WebSession.Page selfCheck = new WebSession(server).submit("/self-check", "/self-check", Map.of(
                "regionCode", People.XINGFU_VILLAGE, "area", "rural", "members", "3", "monthlyIncome", "600",
                "savings", "1000", "yearlyExpenses", ""));
        assertThat(selfCheck.body()).contains("最低生活保障");

        Residents.Resident resident = Residents.loggedIn(server, "张建国");
        WebSession me = resident.session();
        String spouseId = People.idNumber();
        String childId = People.childIdNumber();
        long id = apply(me, resident, spouseId, childId);

        WebSession caseworker = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));
        String detail = "/admin/applications/" + id;
        assertThat(caseworker.submit(detail, detail + "/accept", Map.of("note", "材料齐全")).status()).isEqualTo(303);
        assertThat(caseworker.submit(detail, detail + "/checks", Map.of("member", "0", "source", "BANK_DEPOSITS",
                "purpose", "低保申请家庭经济状况核对", "assets", "1000")).status()).isEqualTo(303);
        assertThat(caseworker.submit(detail, detail + "/checks", Map.of("member", "1", "source", "SOCIAL_INSURANCE",
                "purpose", "低保申请家庭经济状况核对", "monthlyIncome", "600")).status()).isEqualTo(303);
        assertThat(caseworker.submit(detail, detail + "/verification", Map.of("monthlyIncome", "600",
                "financialAssets", "1000", "note", "核对结果与申报一致")).status()).isEqualTo(303);
        assertThat(caseworker.submit(detail, detail + "/home-visit", Map.of("visitedOn", today(), "visitors", "李四、王五",
                "findings", "住房简陋，丈夫卧病在床。", "matches", "yes")).status()).isEqualTo(303);
        assertThat(caseworker.submit(detail, detail + "/appraisal", Map.of("heldOn", today(), "participants", "20", "inFavour", "18",
                "against", "1", "appraisalNote", "村民代表一致认为情况属实")).status()).isEqualTo(303);

        String publicList = new WebSession(server).get("/publicity").body();
        assertThat(publicList).contains("张*国").contains("1260.00").doesNotContain("张建国")
                .contains(resident.idNumber().substring(0, 3) + "***********" + resident.idNumber().substring(14))
                .doesNotContain(resident.idNumber());

        WebSession approver = WebSession.as(server, Staff.create(staff, Role.APPROVER, PINGAN_COUNTY));
        WebSession.Page early = approver.submit(detail, detail + "/approve", Map.of("category-DIBAO", "yes"));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body()).contains("公示期还没有结束");

        endPublicity(id);
        WebSession.Page approved = approver.submit(detail, detail + "/approve", Map.of("category-DIBAO", "yes",
                "note", "符合低保条件"));
        assertThat(approved.status()).isEqualTo(303);

        String tracking = me.get("/applications/" + id).body();
        assertThat(tracking).contains("乡镇已受理").contains("家庭经济状况核对中").contains("入户调查")
                .contains("民主评议").contains("公示中").contains("审核确认：批准")
                .contains("620.00 元 × 3 人 − 600.00 元 = 1260.00 元/月")
                .contains("低保申请家庭经济状况核对").contains("70%");
        assertThat(me.get("/assistance").body()).contains("县级审核确认批准").contains("1260.00");
        assertThat(me.get("/messages").body()).contains("已批准");
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM assistance_chain WHERE application_id = "
                + id + " AND kind = 'APPROVAL' AND monthly_amount = 1260.00")).isEqualTo(1);
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM member_aid WHERE application_id = " + id
                + " AND category = 'DIBAO' AND medical_ratio = 70")).isEqualTo(3);
        assertThat(Database.number(dataSource, "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'application' AND record_id = ?"
                + " AND action = 'APPLICATION_APPROVED'", Long.toString(id))).isEqualTo(1);
    }

    private long apply(WebSession me, Residents.Resident resident, String spouseId, String childId) {
        WebSession.Page started = me.submit("/apply", "/apply", Map.of());
        Matcher matcher = APPLICATION.matcher(started.location());
        assertThat(matcher.find()).isTrue();
        long id = Long.parseLong(matcher.group(1));
        String base = "/apply/" + id;
        assertThat(me.submit(base + "/household", base + "/household", Map.of("area", "rural")).status()).isEqualTo(303);
        assertThat(me.submit(base + "/members", base + "/members", member("李秀英", spouseId, "SPOUSE", false)).status())
                .isEqualTo(303);
        assertThat(me.submit(base + "/members", base + "/members", member("张小明", childId, "CHILD", true)).status())
                .isEqualTo(303);
        assertThat(me.submit(base + "/members", base + "/members/done", Map.of()).status()).isEqualTo(303);
        assertThat(me.submit(base + "/finances", base + "/finances", Map.of("agriculture", "600",
                "financialAssets", "1000")).status()).isEqualTo(303);
        assertThat(me.submit(base + "/needs", base + "/needs", Map.of("hardship", "丈夫卧病，只有妻子务农的收入。",
                "housing", "ADEQUATE", "bankName", "农村信用社", "bankAccount", "6228480012345678")).status())
                .isEqualTo(303);
        sign(me, id, 0, resident.name(), resident.idNumber());
        sign(me, id, 1, "李秀英", spouseId);
        sign(me, id, 2, resident.name(), resident.idNumber());
        String csrf = me.get("/applications/" + id + "/proofs").csrfToken();
        assertThat(me.postMultipart("/applications/" + id + "/proofs", Map.of("csrfToken", csrf,
                "kind", "HOUSEHOLD_REGISTER"), "hukou.jpg", "image/jpeg", jpeg()).status()).isEqualTo(303);
        Matcher token = TOKEN.matcher(me.get(base + "/review").body());
        assertThat(token.find()).isTrue();
        assertThat(me.submit(base + "/review", base + "/submit", Map.of("pledge", "yes",
                "submissionToken", token.group(1))).status()).isEqualTo(303);
        return id;
    }

    private static Map<String, String> member(String name, String idNumber, String relationship, boolean student) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("idNumber", idNumber);
        form.put("relationship", relationship);
        form.put("disability", "NONE");
        form.put("disabilityGrade", "0");
        form.put("employment", student ? "NOT_APPLICABLE" : "EMPLOYED");
        if (student) {
            form.put("student", "yes");
        }
        return form;
    }

    private static void sign(WebSession me, long id, int position, String name, String idNumber) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("position", Integer.toString(position));
        form.put("signerName", name);
        form.put("lastDigits", idNumber.substring(14));
        form.put("source-BANK_DEPOSITS", "yes");
        form.put("source-SOCIAL_INSURANCE", "yes");
        String page = "/apply/" + id + "/authorizations";
        assertThat(me.submit(page, page, form).status()).as("signing for member " + position).isEqualTo(303);
    }

    /** Publicity started today; the county decides after its last day, so the test moves the period back. */
    private void endPublicity(long id) {
        Database.update(dataSource, "UPDATE publicity SET starts_on = starts_on - INTERVAL 8 DAY, "
                + "ends_on = ends_on - INTERVAL 8 DAY WHERE application_id = " + id);
    }

    /** What the date fields show prefilled: today in Beijing. */
    private static String today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    }

    private static byte[] jpeg() {
        byte[] bytes = new byte[2048];
        java.util.Arrays.fill(bytes, (byte) 7);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }
}
