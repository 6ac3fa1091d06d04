package org.jiuzhu.admin.complaint.web;

import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.complaint.ComplaintType;
import org.jiuzhu.core.complaint.Offices;
import org.jiuzhu.core.region.web.VillageChoices;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The hotline intake page: the villages of the operator's region and the choices of the form. */
@Singleton
class HotlinePages {

    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public record Choice(String value, String labelKey, boolean selected) {
    }

    public record CallPage(String reported, Map<String, String> typed, Map<String, String> errors, String callAt,
                           List<Choice> types,
                    List<VillageChoices.Group> villageGroups, List<Choice> subjectKinds, List<Choice> departments) {
    }

    private final VillageChoices villages;
    private final Clock clock;

    HotlinePages(VillageChoices villages, Clock clock) {
        this.villages = villages;
        this.clock = clock;
    }

    /** {@code reported} is the code of a report just taken that the operator may not open, or empty. */
    CallPage form(Actor operator, Map<String, String> typed, Map<String, String> errors, String reported) {
        String type = typed.getOrDefault("type", "");
        String kind = typed.getOrDefault("subjectKind", "NONE");
        String department = typed.getOrDefault("subjectDepartment", "");
        List<VillageChoices.Group> groups = villages.groups(typed.getOrDefault("regionCode", "")).stream()
                .map(g -> new VillageChoices.Group(g.label(), g.villages().stream()
                        .filter(v -> operator.scope().contains(v.code())).toList()))
                .filter(g -> !g.villages().isEmpty()).toList();
        String callAt = typed.getOrDefault("callAt",
                LocalDateTime.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).format(LOCAL_INPUT));
        return new CallPage(reported, typed, errors, callAt,
                Arrays.stream(ComplaintType.values()).map(t -> new Choice(t.name(), t.messageKey(),
                        t.name().equals(type))).toList(), groups,
                Arrays.stream(Offices.SubjectKind.values()).map(k -> new Choice(k.name(), k.messageKey(),
                        k.name().equals(kind))).toList(),
                Arrays.stream(Department.values()).filter(d -> d != Department.CIVIL_AFFAIRS)
                        .map(d -> new Choice(d.name(), d.messageKey(), d.name().equals(department))).toList());
    }
}
