package org.jiuzhu.admin.exchange;

import org.jiuzhu.core.account.Department;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.jiuzhu.admin.exchange.Column.Type.AMOUNT;
import static org.jiuzhu.admin.exchange.Column.Type.DATE;
import static org.jiuzhu.admin.exchange.Column.Type.TEXT;
import static org.jiuzhu.admin.exchange.Column.Type.YEAR;
import static org.jiuzhu.admin.exchange.Column.Type.YES_NO;
import static org.jiuzhu.admin.exchange.Column.code;
import static org.jiuzhu.admin.exchange.Column.optional;
import static org.jiuzhu.admin.exchange.Column.required;

/**
 * The lists departments hand over for comparison (DOMAIN §3.7), who hands each over, and its columns after the three
 * every list has: ID number, name and, optionally, the region code of the household's registration.
 */
public enum ListKind {

    POOR_STUDENTS(Set.of(Department.EDUCATION),
            required("school", "学校", TEXT),
            code("stage", "学段", true, "学前", "小学", "初中", "高中", "中职", "高职", "本科", "研究生"),
            code("aided", "是否已资助", true, "是", "否"),
            optional("aidAmount", "资助金额（元）", AMOUNT)),
    REGISTERED_UNEMPLOYED(Set.of(Department.HRSS),
            required("registeredOn", "失业登记日期", DATE),
            required("employmentAid", "是否享受就业帮扶", YES_NO)),
    SERIOUSLY_ILL(Set.of(Department.HEALTH),
            required("disease", "疾病名称", TEXT),
            optional("outOfPocket", "住院自付金额（元）", AMOUNT),
            optional("treatedOn", "就诊日期", DATE)),
    LARGE_MEDICAL_BILLS(Set.of(Department.MEDICAL_SECURITY),
            required("year", "年度", YEAR),
            required("outOfPocket", "个人自付金额（元）", AMOUNT)),
    SEVERELY_DISABLED(Set.of(Department.DISABLED_FEDERATION),
            code("disabilityType", "残疾类别", true, "视力", "听力", "言语", "肢体", "智力", "精神", "多重"),
            code("disabilityGrade", "残疾等级", true, "一级", "二级", "三级", "四级")),
    HOUSING_INSECURE(Set.of(Department.HOUSING),
            code("houseGrade", "房屋鉴定等级", true, "A", "B", "C", "D"),
            required("renovationListed", "是否列入改造", YES_NO)),
    DISASTER_AFFECTED(Set.of(Department.EMERGENCY),
            required("disaster", "灾害类型", TEXT),
            required("occurredOn", "受灾日期", DATE),
            optional("loss", "损失金额（元）", AMOUNT)),
    RELAPSE_WATCH(Set.of(Department.AGRICULTURE),
            required("identifiedOn", "纳入监测日期", DATE),
            optional("risk", "风险类型", TEXT)),
    STRUGGLING_WORKERS(Set.of(Department.TRADE_UNION),
            required("hardship", "困难类型", TEXT),
            optional("recordedOn", "建档日期", DATE)),
    DEATHS(Set.of(Department.CIVIL_AFFAIRS, Department.HEALTH),
            required("diedOn", "死亡日期", DATE)),
    IMPROVEMENT_SIGNALS(Set.of(Department.CIVIL_AFFAIRS, Department.HRSS, Department.HOUSING),
            code("signal", "信号类型", true, "车辆登记", "不动产登记", "社保缴费基数高", "工商登记"),
            required("registeredOn", "登记日期", DATE),
            optional("amount", "金额或基数（元）", AMOUNT));

    private final Set<Department> departments;
    private final List<Column> columns;

    ListKind(Set<Department> departments, Column... own) {
        this.departments = departments;
        List<Column> all = new ArrayList<>(Common.COLUMNS);
        all.addAll(List.of(own));
        this.columns = List.copyOf(all);
    }

    /** The columns every list begins with (a holder: an enum's constructor may not read its own statics). */
    private static final class Common {
        static final List<Column> COLUMNS = List.of(
                required("idNumber", "身份证号", Column.Type.ID_NUMBER),
                required("name", "姓名", Column.Type.NAME),
                optional("region", "行政区划代码", Column.Type.REGION));
    }

    /** Every column in template order, the common ones first. */
    public List<Column> columns() {
        return columns;
    }

    public boolean handedOverBy(Department department) {
        return department != null && departments.contains(department);
    }

    public String messageKey() {
        return "admin.exchange.kind." + name().toLowerCase(Locale.ROOT);
    }

    /** The file name a template of this kind is offered under, e.g. "poor-students". */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ListKind ofSlug(String slug) {
        for (ListKind kind : values()) {
            if (kind.slug().equals(slug)) {
                return kind;
            }
        }
        return null;
    }

    public static List<ListKind> of(Department department) {
        return java.util.Arrays.stream(values()).filter(k -> k.handedOverBy(department)).toList();
    }
}
