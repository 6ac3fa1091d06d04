package org.jiuzhu.core.complaint;

import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.complaint.persistence.ComplaintStore;
import org.jiuzhu.core.privacy.FieldCipher;
import org.jiuzhu.core.privacy.Masking;
import org.jiuzhu.core.region.Region;
import org.jiuzhu.core.region.Regions;

/** Turns rows into what a reader may see: names and numbers masked, the complainant withheld where required. */
@Singleton
class ComplaintViews {

    static final String PHONE = "complaint.contact_phone";

    private final Offices offices;
    private final Regions regions;
    private final FieldCipher cipher;
    private final Masking masking;

    ComplaintViews(Offices offices, Regions regions, FieldCipher cipher, Masking masking) {
        this.offices = offices;
        this.regions = regions;
        this.cipher = cipher;
        this.masking = masking;
    }

    Complaint forStaff(Actor actor, ComplaintStore.Row row) {
        return view(row, !ConflictOfInterest.showsComplainant(actor, row));
    }

    /** The complainant sees their own complaint; who they are is no news to them, but stays masked. */
    Complaint forComplainant(ComplaintStore.Row row) {
        return view(row, false);
    }

    Offices.Named office(Office office) {
        return offices.named(office);
    }

    /** A mobile number keeps its first three and last four digits; a shorter landline only its last two. */
    private String masked(String number) {
        return number.length() >= 11 ? masking.phone(number)
                : "*".repeat(Math.max(0, number.length() - 2)) + number.substring(Math.max(0, number.length() - 2));
    }

    private Complaint view(ComplaintStore.Row r, boolean withhold) {
        String name = withhold || r.contactName() == null ? "" : masking.name(r.contactName());
        String phone = withhold || r.contactPhoneEnc() == null ? ""
                : masked(cipher.decrypt(r.contactPhoneEnc(), PHONE));
        return new Complaint(r.id(), r.trackingCode(), Channel.valueOf(r.channel()), ComplaintType.valueOf(r.type()),
                r.regionCode(), regions.find(r.regionCode()).map(Region::name).orElse(r.regionCode()), r.text(),
                r.urgent(), r.wantsReply(), r.accountId() != null, name, phone, withhold, r.callAt(),
                r.subjectRegion() == null ? null : offices.named(Office.of(r.subjectRegion(), r.subjectDepartment())),
                r.subjectPerson() == null ? "" : r.subjectPerson(), ComplaintStatus.valueOf(r.status()),
                r.officeRegion() == null ? null : offices.named(ConflictOfInterest.office(r)), r.receivedAt(),
                r.dispatchedAt(), r.signedAt(), r.dueOn(), r.reply() == null ? "" : r.reply(), r.repliedAt(),
                r.reopened(), r.satisfaction() == null ? null : Satisfaction.valueOf(r.satisfaction()), r.closedAt(),
                r.onTime(), r.escalatedAt(), r.version());
    }
}
