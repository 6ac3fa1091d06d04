package org.jiuzhu.admin.monitoring.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jiuzhu.Cases;
import org.jiuzhu.Database;
import org.jiuzhu.Staff;
import org.jiuzhu.WebSession;
import org.jiuzhu.admin.exchange.Importer;
import org.jiuzhu.admin.exchange.ListKind;
import org.jiuzhu.admin.exchange.Lists;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.StaffAccounts;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff read a household's assistance chain with what it lacks and what may be given twice. */
@MicronautTest(transactional = false)
class ChainTest {

    private final EmbeddedServer server;
    private final StaffAccounts staff;
    private final Importer importer;
    private final Cases cases;
    private final DataSource db;

    ChainTest(EmbeddedServer server, StaffAccounts staff, Importer importer, Cases cases, DataSource dataSource) {
        this.server = server;
        this.staff = staff;
        this.importer = importer;
        this.cases = cases;
        this.db = Database.raw(dataSource);
    }

    /** Adds an aid to the household's chain as an office records it, some days back. */
    private void aid(long application, String kind, String aidKind, int daysAgo, String summary) {
        Database.update(db, "INSERT INTO assistance_chain (household_bidx, application_id, region_code, kind, "
                + "one_off_amount, summary, occurred_on, recorded_by, recorded_at, aid_kind) SELECT household_bidx, "
                + "application_id, region_code, ?, 300, ?, CURRENT_DATE - INTERVAL ? DAY, recorded_by, NOW(6), ? "
                + "FROM assistance_chain WHERE application_id = ? AND kind = 'APPROVAL'", kind, summary, daysAgo,
                aidKind, application);
    }

    @Test
    void theChainShowsEveryAidInOrderWithTheGapsAndTheSameKindGivenTwice() {
        Cases.Case household = cases.approved();
        aid(household.id(), "REFERRAL", "EMPLOYMENT", 20, "公益性岗位");
        aid(household.id(), "CHARITY", "EMPLOYMENT", 5, "技能培训补贴");
        aid(household.id(), "REFERRAL", "MEDICAL", 200, "住院救助");
        WebSession housing = WebSession.as(server, Staff.department(staff, Department.HOUSING, Cases.PINGAN_COUNTY));
        byte[] csv = Lists.csv(List.of(Lists.header(ListKind.HOUSING_INSECURE), Lists.row(ListKind.HOUSING_INSECURE,
                household.childIdNumber(), Map.of("houseGrade", "D", "renovationListed", "否"))), StandardCharsets.UTF_8);
        housing.postMultipart("/admin/exchanges", Map.of("csrfToken", housing.get("/admin/exchanges").csrfToken(),
                "kind", ListKind.HOUSING_INSECURE.name()), "houses.csv", "text/csv", csv);
        importer.importWaiting();
        long warning = Database.number(db, "SELECT id FROM warning WHERE application_id = ? AND rule_id = 'HOU-01'",
                household.id());

        WebSession caseworker = WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHENGGUAN_TOWNSHIP));
        String page = caseworker.get("/admin/applications/" + household.id() + "/chain").body();

        assertThat(page).contains("王*明户的救助链", "县级审核确认批准", "最低生活保障（低保）",
                "部门落实救助（转办）：就业救助", "慈善帮扶：", "住院救助",
                "申请时提出了教育救助，近一年救助链中没有记录", "/admin/warnings/" + warning + "\"");
        assertThat(page.split("可能重复：", -1)).as("both employment aids, 15 days apart, and no other").hasSize(3);
        assertThat(page.indexOf("住院救助")).as("oldest first").isLessThan(page.indexOf("公益性岗位"));
        assertThat(WebSession.as(server, Staff.create(staff, Role.CASEWORKER, Staff.CHANGNING_TOWNSHIP))
                .get("/admin/applications/" + household.id() + "/chain").status()).isEqualTo(404);
        assertThat(housing.get("/admin/applications/" + household.id() + "/chain").status()).isEqualTo(403);
    }
}
