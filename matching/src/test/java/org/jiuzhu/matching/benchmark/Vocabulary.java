package org.jiuzhu.matching.benchmark;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The words the synthetic corpus is written with: for each kind of help, how residents describe the hardship and
 * what they hope for, and how charities name projects, services, goods and volunteer skills; phrases for the people
 * a need concerns; syllables for place names. Modelled on the needs and project notices of the four implementations.
 */
final class Vocabulary {

    /** One kind of help in the words of both sides. */
    record Kind(String name, int weight, List<String> hardships, List<String> hopes, List<String> titles,
                List<String> services, List<String> goods, List<String> skills) {
    }

    static final List<Kind> KINDS = List.of(
            new Kind("MEDICAL", 25,
                    List.of("长期服药，医药费负担很重", "住院自付费用高，已借了不少钱", "需要定期透析，路远费用高",
                            "术后需要康复治疗", "慢性病门诊费用报销后仍有缺口", "视力越来越差，需要做白内障手术"),
                    List.of("希望得到医疗费用资助", "需要康复训练指导", "希望有人陪同去县医院复查", "需要轮椅和助行器",
                            "希望申请大病救助之外的慈善医疗补助", "需要上门康复护理"),
                    List.of("大病医疗救助", "康复辅具捐赠", "慢病关爱", "白内障复明", "透析患者资助", "重病儿童医疗"),
                    List.of("资助住院自付医疗费用", "捐赠轮椅、助行器和助听器", "组织医生上门义诊", "提供康复训练和护理指导",
                            "陪同就医和代办报销", "提供常用药品"),
                    List.of("轮椅一台", "助听器一副", "常用药品包", "血压计和血糖仪"),
                    List.of("护理", "康复训练", "陪同就医", "健康咨询")),
            new Kind("LIVING", 20,
                    List.of("家庭收入低，日常开支紧张", "冬天取暖困难", "家里缺少米面油", "因灾房屋受损，生活用品短缺",
                            "失业后没有收入来源", "家中只有老人和孩子，生活困难"),
                    List.of("希望得到生活物资帮助", "需要冬季棉衣棉被", "希望资助取暖费用", "需要米面油等基本生活用品",
                            "希望得到临时生活补助"),
                    List.of("暖冬行动", "爱心粮油", "温暖包", "节日慰问", "应急生活物资", "一元捐"),
                    List.of("发放米面油等生活物资", "捐赠棉衣棉被和取暖用品", "资助冬季取暖费用", "节日上门慰问困难家庭",
                            "为受灾家庭提供应急物资"),
                    List.of("米面油各一份", "棉被两床", "温暖包一个", "取暖煤一吨"),
                    List.of("物资分发", "走访慰问")),
            new Kind("CARE", 15,
                    List.of("生活不能完全自理", "行动不便，做饭洗澡都有困难", "子女在外务工，无人照料",
                            "长期卧床，需要专人照护", "记忆力下降，常常忘记吃药"),
                    List.of("希望有人上门照护", "需要助餐和助浴服务", "希望白天能去日间照料中心", "需要定期上门打扫卫生",
                            "希望有人提醒按时吃药"),
                    List.of("银龄关爱", "上门照护", "幸福食堂助餐", "失能老人照护", "日间照料", "居家养老服务"),
                    List.of("提供上门助餐、助浴和助洁", "为失能老人提供居家照护", "开展日间照料和康复活动",
                            "定期上门打扫卫生和理发", "提供喘息服务减轻照护负担"),
                    List.of("助餐券二十张", "防褥疮床垫一张", "护理包一个"),
                    List.of("助浴", "助餐", "理发", "打扫卫生", "护理")),
            new Kind("EDUCATION", 12,
                    List.of("学费和住宿费有困难", "孩子考上大学，路费和学费凑不齐", "孩子学习跟不上，家长无力辅导",
                            "缺少学习用品和冬季校服", "孩子上职业学校需要生活费"),
                    List.of("希望得到助学金", "需要课业辅导", "希望资助学习用品", "希望有人辅导功课",
                            "需要大学新生入学资助"),
                    List.of("春蕾助学", "圆梦大学", "希望之星助学金", "爱心书包", "课后辅导", "职教助学"),
                    List.of("资助困难学生学费和住宿费", "为大学新生提供入学路费", "捐赠书包、文具和校服",
                            "组织志愿者课后辅导功课", "一对一结对助学"),
                    List.of("书包文具一套", "冬季校服一套", "台灯和书桌"),
                    List.of("辅导功课", "心理辅导", "阅读陪伴")),
            new Kind("COMPANIONSHIP", 10,
                    List.of("一个人在家，平时没人说话", "老伴去世后情绪低落", "孩子父母长期在外，缺少陪伴",
                            "性格孤僻，很少出门"),
                    List.of("希望有人定期上门探访", "需要陪伴聊天", "希望有人做心理疏导", "希望有人帮忙代购和办事"),
                    List.of("情暖空巢", "邻里守望", "心灵陪伴", "留守儿童关爱", "电话问候"),
                    List.of("定期上门探访和陪伴聊天", "提供心理疏导和情绪支持", "为留守儿童组织周末活动", "帮助代购代办"),
                    List.of("收音机一台", "老年手机一部"),
                    List.of("陪伴聊天", "心理咨询", "代购代办", "手工活动")),
            new Kind("HOUSING", 8,
                    List.of("房屋年久失修，下雨漏水", "住房是危房", "家里没有无障碍设施，出入困难", "厕所在院外，冬天不方便"),
                    List.of("希望帮助修缮房屋", "需要适老化改造", "希望安装扶手和坡道", "需要危房改造资助"),
                    List.of("安居工程", "危房改造帮扶", "适老化改造", "无障碍家园"),
                    List.of("资助危房改造和房屋修缮", "为老年人家庭做适老化改造", "安装扶手、坡道和防滑地面",
                            "组织志愿者修缮房屋"),
                    List.of("防水材料一批", "扶手和防滑垫"),
                    List.of("水电维修", "房屋修缮", "家电维修")),
            new Kind("EMPLOYMENT", 7,
                    List.of("想找工作但缺少技能", "年纪大了不好找工作", "残疾后原来的工作干不了", "有劳动能力但没有门路"),
                    List.of("希望参加技能培训", "需要就业岗位推荐", "希望得到创业指导", "希望找一份灵活就业的活"),
                    List.of("技能培训", "就业帮扶", "巧手工坊", "创业扶持"),
                    List.of("开展电商、家政和种养技能培训", "推荐就业岗位和公益岗位", "提供创业指导和小额资助",
                            "组织手工来料加工"),
                    List.of("培训教材一套"),
                    List.of("就业指导", "电脑培训", "种植技术")),
            new Kind("OTHER", 3,
                    List.of("遇到法律纠纷，不知道怎么办", "办理证件和手续有困难", "家中老人去世，丧葬费用困难"),
                    List.of("希望得到法律援助", "需要有人帮忙办理手续", "希望得到丧葬费用帮助"),
                    List.of("法律援助", "代办服务", "爱心殡葬"),
                    List.of("提供免费法律咨询", "帮助办理证件和各类手续", "资助困难家庭丧葬费用"),
                    List.of("慰问金"),
                    List.of("法律咨询", "代办手续")));

    /** How a resident says who the need concerns, by target group. */
    static final Map<String, List<String>> PEOPLE = Map.of(
            "ELDERLY_ALONE", List.of("老人独自居住", "子女都在外地，老人一人生活", "孤寡老人"),
            "ELDERLY", List.of("家中老人年事已高", "老两口都七十多岁了", "老人腿脚不灵便"),
            "DISABLED", List.of("家中有肢体残疾的成员", "视力残疾", "听力残疾，与人交流困难", "智力残疾，需要人看护"),
            "SERIOUSLY_ILL", List.of("患尿毒症需要长期透析", "癌症术后正在化疗", "脑梗后半身不遂", "患白血病正在治疗"),
            "CHILDREN", List.of("孩子还小", "留守儿童跟着爷爷奶奶生活", "单亲家庭，孩子年幼"),
            "STUDENTS", List.of("孩子正在读高中", "孩子在县城上初中", "孩子今年考上了大学", "孩子在读职业学校"));

    /** The target groups in a fixed order: Map.of iterates in an order that changes from run to run. */
    static final List<String> GROUPS = List.of("ELDERLY_ALONE", "ELDERLY", "DISABLED", "SERIOUSLY_ILL", "CHILDREN",
            "STUDENTS");

    /** How a charity names whom it serves, by target group. */
    static final Map<String, String> SERVED = Map.of("ELDERLY_ALONE", "独居老人", "ELDERLY", "高龄老人",
            "DISABLED", "残疾人", "SERIOUSLY_ILL", "重病患者", "CHILDREN", "困境儿童", "STUDENTS", "困难学生");

    static final List<String> GENERIC = List.of("家庭收入低", "家里负担重", "一家人靠低保生活", "家里没有稳定收入");
    static final List<String> BRANDS = List.of("爱心", "阳光", "暖心", "同心", "春风", "善行", "守望", "红烛", "蒲公英", "向日葵");
    static final List<String> PLACE_WORDS = List.of("幸福", "和平", "新华", "红星", "东风", "青山", "石桥", "柳树", "河湾",
            "杨家", "李家", "王家", "高岭", "龙泉", "白沙", "清水", "桃源", "长乐", "永安", "金山", "南岭", "北坡", "大塘",
            "小河", "凤凰", "马鞍", "黄土", "新村", "松林", "花园");
    static final List<String> EXTRAS = List.of("", "", "", "每周需要一两次帮助。", "情况比较急。", "已经申请过政府救助。",
            "家里还有一个上小学的孩子。", "希望能尽快得到帮助。");

    private Vocabulary() {
    }

    static Kind kind(SplittableRandom random) {
        int roll = random.nextInt(100);
        for (Kind kind : KINDS) {
            roll -= kind.weight();
            if (roll < 0) {
                return kind;
            }
        }
        return KINDS.get(0);
    }

    static <T> T pick(List<T> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }

    static String placeName(SplittableRandom random, String suffix) {
        return pick(PLACE_WORDS, random) + suffix;
    }
}
