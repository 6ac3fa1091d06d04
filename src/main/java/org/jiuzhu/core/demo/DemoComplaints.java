package org.jiuzhu.core.demo;

import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.complaint.ComplaintIntake;
import org.jiuzhu.core.complaint.Dispatch;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.RegionScope;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Two hotline calls for the demo's complaint pages: one waiting for dispatch (for the operator and supervisor), one
 * already dispatched to Chengguan township (for its caseworker to sign). Taken as the system, account id 0.
 */
@Singleton
class DemoComplaints {

    private static final Actor DESK = new Actor(0, Role.SUPERVISOR,
            new RegionScope(DemoRegions.CITY, DivisionLevel.CITY), null, null);

    private final ComplaintIntake intake;
    private final Dispatch dispatch;
    private final Clock clock;

    DemoComplaints(ComplaintIntake intake, Dispatch dispatch, Clock clock) {
        this.intake = intake;
        this.dispatch = dispatch;
        this.clock = clock;
    }

    void seed() {
        String now = LocalDateTime.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).minusMinutes(30)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        call(now, "POLICY_QUESTION", "来电询问：家里老人重度残疾，儿子在外打工，老人能不能单独申请低保，要带哪些材料。（演示）");
        long id = call(now, "DELAY", "来电反映：上个月在幸福村提交的临时救助申请，至今没有人联系。（演示）");
        dispatch.dispatch(DESK, id, 0, DemoRegions.TOWNSHIP_CHENGGUAN, "请核实申请进度并答复来电人。", "127.0.0.1")
                .throwIfAny();
    }

    private long call(String at, String type, String summary) {
        ComplaintIntake.Filed filed = intake.takeCall(DESK, new ComplaintIntake.CallForm("13700000009", at, type,
                DemoRegions.VILLAGE_XINGFU, summary, false, true, "张女士", "NONE", "", ""), "127.0.0.1");
        filed.errors().throwIfAny();
        return filed.id();
    }
}
