package org.jiuzhu.core.demo;

import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.notice.Notices;

import java.util.List;

/** Two notices for the demo's public pages, written once with the demo accounts. */
@Singleton
class DemoNotices {

    private final Notices notices;

    DemoNotices(Notices notices) {
        this.notices = notices;
    }

    void seed(Actor system) {
        save(system, "POLICY", "关于城乡最低生活保障标准的说明（演示）", """
                城乡低保标准由县级以上人民政府确定并公布，随经济发展和生活水平逐步提高。

                ## 谁可以申请
                - 共同生活的家庭成员人均收入低于当地低保标准；
                - 家庭财产符合当地规定。

                ## 怎么申请
                在本网站“申请救助”中一次填写，可同时申请多项救助；也可以到乡镇（街道）或村（居）委会申请。
                """, DemoRegions.CITY);
        save(system, "GUIDE", "临时救助办事指南（演示）", """
                因火灾、交通事故、突发重大疾病等导致基本生活暂时出现严重困难的家庭和个人，可以申请临时救助。

                情况紧急的，可在本网站“紧急求助”中说明，或直接拨打当地民政服务热线，**先行救助，后补手续**。
                """, DemoRegions.COUNTY_PINGAN);
    }

    private void save(Actor system, String category, String title, String body, String region) {
        Notices.Saved saved = notices.save(system, null, new Notices.Draft(category, title, body, List.of(region),
                "", ""), "127.0.0.1");
        saved.errors().throwIfAny();
    }
}
