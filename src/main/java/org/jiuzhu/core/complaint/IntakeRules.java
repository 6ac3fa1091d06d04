package org.jiuzhu.core.complaint;

import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.privacy.InvalidPhoneNumber;
import org.jiuzhu.core.privacy.PhoneNumber;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.Regions;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** What a complaint must say to be taken, online or on the phone; each problem is named for its field. */
@Singleton
class IntakeRules {

    static final Pattern TRACKING_CODE = Pattern.compile("[2-9A-HJ-NP-Z]{10}");
    // Without 0/O and 1/I, so that a code read out on the phone is not misheard.
    private static final char[] CODE_CHARS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final Pattern ANY_NUMBER = Pattern.compile("[0-9]{5,20}");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int MIN_TEXT = 10;
    private static final int MAX_TEXT = 3000;
    private static final int MAX_NAME = 32;
    private static final int MIN_PASSWORD = 6;
    private static final int MAX_PASSWORD = 64;

    private final Offices offices;
    private final Regions regions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    IntakeRules(Offices offices, Regions regions, Clock clock) {
        this.offices = offices;
        this.regions = regions;
        this.clock = clock;
    }

    record Checked(ComplaintType type, String regionCode, String text, Office subject, String subjectPerson) {
    }

    record Contact(String name, String phone) {
    }

    Checked check(String type, String regionCode, String text, String subjectKind, String subjectDepartment,
                  String subjectPerson, FieldErrors errors) {
        ComplaintType parsedType = parse(ComplaintType.class, type);
        if (parsedType == null) {
            errors.add("type", "core.complaint.error.type");
        }
        boolean village = regionCode != null && regions.find(regionCode)
                .filter(r -> r.level() == DivisionLevel.VILLAGE).isPresent();
        if (!village) {
            errors.add("regionCode", "core.complaint.error.region");
        }
        String body = strip(text);
        if (body.length() < MIN_TEXT || body.length() > MAX_TEXT) {
            errors.add("text", "core.complaint.error.text");
        }
        Offices.SubjectKind kind = subjectKind == null || subjectKind.isBlank() ? Offices.SubjectKind.NONE
                : parse(Offices.SubjectKind.class, subjectKind);
        Department department = parse(Department.class, subjectDepartment);
        Office subject = null;
        if (kind == null || (kind == Offices.SubjectKind.DEPARTMENT && (department == null
                || department == Department.CIVIL_AFFAIRS))) {
            errors.add("subjectKind", "core.complaint.error.subject");
        } else if (village) {
            subject = offices.subject(regionCode, kind, department).orElse(null);
        }
        String person = strip(subjectPerson);
        if (person.length() > MAX_NAME) {
            errors.add("subjectPerson", "core.complaint.error.subjectPerson");
        }
        return new Checked(parsedType, village ? regionCode : null, body, subject, person.isEmpty() ? null : person);
    }

    Contact onlineContact(ComplaintIntake.OnlineForm form, boolean linked, FieldErrors errors) {
        String name = strip(form.contactName());
        String phone = strip(form.phone());
        if (form.anonymous()) {
            if (!name.isEmpty() || !phone.isEmpty()) {
                errors.add("contactName", "core.complaint.error.anonymousWithContact");
            }
            return new Contact(null, null);
        }
        if (name.length() > MAX_NAME) {
            errors.add("contactName", "core.complaint.error.name");
        }
        String number = null;
        if (!phone.isEmpty() || (form.wantsReply() && !linked)) {
            try {
                number = PhoneNumber.parse(phone).value();
            } catch (InvalidPhoneNumber e) {
                errors.add("phone", "core.complaint.error.phone");
            }
        }
        return new Contact(name.isEmpty() ? null : name, number);
    }

    Contact callerContact(String phone, String callerName, FieldErrors errors) {
        String digits = strip(phone).replaceAll("[\\s-]", "");
        if (!ANY_NUMBER.matcher(digits).matches()) {
            errors.add("phone", "core.complaint.error.callerNumber");
        }
        String name = strip(callerName);
        if (name.length() > MAX_NAME) {
            errors.add("callerName", "core.complaint.error.name");
        }
        return new Contact(name.isEmpty() ? null : name, digits);
    }

    /** Whether the two typed passwords are acceptable and equal; adds the error if not. */
    boolean queryPassword(String password, String again, FieldErrors errors) {
        String typed = password == null ? "" : password;
        if (typed.length() < MIN_PASSWORD || typed.length() > MAX_PASSWORD) {
            errors.add("password", "core.complaint.error.password");
            return false;
        }
        if (!typed.equals(again)) {
            errors.add("passwordAgain", "core.complaint.error.passwordAgain");
            return false;
        }
        return true;
    }

    /** A call is recorded while or soon after it happens: not in the future, not over 30 days back. */
    Instant callTime(String value, FieldErrors errors) {
        try {
            Instant at = LocalDateTime.parse(strip(value)).atZone(CHINA).toInstant();
            Instant now = clock.instant();
            if (at.isAfter(now.plus(Duration.ofMinutes(5))) || at.isBefore(now.minus(Duration.ofDays(30)))) {
                errors.add("callAt", "core.complaint.error.callAt");
                return null;
            }
            return at;
        } catch (DateTimeParseException e) {
            errors.add("callAt", "core.complaint.error.callAt");
            return null;
        }
    }

    String trackingCode() {
        char[] chars = new char[10];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = CODE_CHARS[random.nextInt(CODE_CHARS.length)];
        }
        return new String(chars);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
