package org.jiuzhu.portal.complaint.web;

import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.complaint.Complaint;
import org.jiuzhu.core.chrome.web.Formats;
import org.jiuzhu.core.complaint.ComplaintEvidence;
import org.jiuzhu.core.complaint.ComplaintType;
import org.jiuzhu.core.complaint.Offices;
import org.jiuzhu.core.complaint.Satisfaction;
import org.jiuzhu.core.complaint.Tracking;
import org.jiuzhu.core.region.web.VillageChoices;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The page records of the public complaint pages, built here so that templates only print and loop. */
@Singleton
class ComplaintPages {

    /** An option of a radio group or select: its value, message key and whether it is chosen. */
    public record Choice(String value, String labelKey, boolean selected) {
    }

    /** What the complainant typed, to show again with the errors (never the passwords or files). */
    public record Typed(String type, String regionCode, String text, String identity, String contactName, String phone,
                 boolean wantsReply, String subjectKind, String subjectDepartment, String subjectPerson) {
        static final Typed EMPTY = new Typed("", "", "", "named", "", "", true, "NONE", "", "");

        public Typed {
            type = Objects.requireNonNullElse(type, "");
            regionCode = Objects.requireNonNullElse(regionCode, "");
            text = Objects.requireNonNullElse(text, "");
            identity = Objects.requireNonNullElse(identity, "named");
            contactName = Objects.requireNonNullElse(contactName, "");
            phone = Objects.requireNonNullElse(phone, "");
            subjectKind = Objects.requireNonNullElse(subjectKind, "NONE");
            subjectDepartment = Objects.requireNonNullElse(subjectDepartment, "");
            subjectPerson = Objects.requireNonNullElse(subjectPerson, "");
        }
    }

    public record FormPage(boolean loggedIn, Typed typed, Map<String, String> errors, List<Choice> types,
                    List<VillageChoices.Group> villageGroups, List<Choice> identities, List<Choice> subjectKinds,
                    List<Choice> departments, int maxFiles) {
    }

    public record FiledPage(String code) {
    }

    public record TrackPage(String code, Map<String, String> errors) {
    }

    /** An office as printed: the region's name followed by the message for its kind. */
    public record OfficeName(String regionName, String kindKey) {
        static OfficeName of(Offices.Named named) {
            return named == null ? null : new OfficeName(named.regionName(), named.kindKey());
        }
    }

    /** A line of the complainant's timeline. */
    public record Line(String at, String kindKey, OfficeName office, String note) {
    }

    /** A complaint as its complainant follows it; {@code rateAction} is where the rating form posts. */
    public record ViewPage(long id, String code, String typeKey, String statusKey, String regionName, String receivedAt,
                    String text, OfficeName office, String dueOn, String reply, String repliedAt,
                    String satisfactionKey, List<Line> lines, boolean rateable, long version,
                    List<Choice> satisfactions, String rateAction, Map<String, String> errors, String notice) {
    }

    /** A row of "my complaints". */
    public record Row(long id, String code, String typeKey, String statusKey, String receivedOn) {
    }

    public record MinePage(List<Row> complaints) {
    }

    private static final java.util.Set<String> NOTICES = java.util.Set.of("filed", "rated");

    private final VillageChoices villages;

    ComplaintPages(VillageChoices villages) {
        this.villages = villages;
    }

    FormPage form(boolean loggedIn, Typed typed, Map<String, String> errors) {
        List<Choice> types = Arrays.stream(ComplaintType.values())
                .map(t -> new Choice(t.name(), t.messageKey(), t.name().equals(typed.type()))).toList();
        List<Choice> identities = List.of(
                new Choice("named", "portal.complaint.identity.named", !"anonymous".equals(typed.identity())),
                new Choice("anonymous", "portal.complaint.identity.anonymous", "anonymous".equals(typed.identity())));
        List<Choice> kinds = Arrays.stream(Offices.SubjectKind.values())
                .map(k -> new Choice(k.name(), k.messageKey(), k.name().equals(typed.subjectKind()))).toList();
        List<Choice> departments = Arrays.stream(Department.values()).filter(d -> d != Department.CIVIL_AFFAIRS)
                .map(d -> new Choice(d.name(), d.messageKey(), d.name().equals(typed.subjectDepartment()))).toList();
        return new FormPage(loggedIn, typed, errors, types, villages.groups(typed.regionCode()), identities, kinds,
                departments, ComplaintEvidence.MAX_FILES);
    }

    ViewPage view(Tracking.View view, String rateAction, Map<String, String> errors, String notice) {
        List<Choice> satisfactions = Arrays.stream(Satisfaction.values())
                .map(s -> new Choice(s.name(), s.messageKey(), false)).toList();
        Complaint c = view.complaint();
        List<Line> lines = view.events().stream().map(e -> new Line(Formats.dateTime(e.at()), e.messageKey(),
                OfficeName.of(e.office()), e.note())).toList();
        return new ViewPage(c.id(), c.trackingCode(), c.type().messageKey(), c.status().messageKey(), c.regionName(),
                Formats.dateTime(c.receivedAt()), c.text(), OfficeName.of(c.office()),
                c.dueOn() == null ? "" : c.dueOn().toString(), c.reply(),
                c.repliedAt() == null ? "" : Formats.dateTime(c.repliedAt()),
                c.satisfaction() == null ? "" : c.satisfaction().messageKey(), lines, view.rateable(), c.version(),
                satisfactions, rateAction, errors, notice != null && NOTICES.contains(notice) ? "portal.complaint.notice." + notice : "");
    }

    MinePage mine(List<Complaint> complaints) {
        return new MinePage(complaints.stream().map(c -> new Row(c.id(), c.trackingCode(), c.type().messageKey(),
                c.status().messageKey(), Formats.date(c.receivedAt()))).toList());
    }
}
