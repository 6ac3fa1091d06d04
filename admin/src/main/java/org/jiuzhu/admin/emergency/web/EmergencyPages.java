package org.jiuzhu.admin.emergency.web;

import jakarta.inject.Singleton;
import org.jiuzhu.core.application.web.CaseViews;
import org.jiuzhu.core.chrome.web.Formats;
import org.jiuzhu.core.emergency.Emergencies;
import org.jiuzhu.core.emergency.EmergencyRequest;
import org.jiuzhu.core.emergency.EmergencyStatus;
import org.jiuzhu.core.region.Regions;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The emergency desk's page models: times formatted, waiting hours counted, the forms the actor may use now. */
@Singleton
class EmergencyPages {

    private final Regions regions;
    private final Clock clock;

    EmergencyPages(Regions regions, Clock clock) {
        this.regions = regions;
        this.clock = clock;
    }

    ListPage list(List<EmergencyRequest> open) {
        return new ListPage(open.stream().map(r -> new Row(r.id(), r.reference(), r.name(),
                regions.pathName(r.regionCode()), r.status().messageKey(), Formats.dateTime(r.receivedAt()),
                Duration.between(r.receivedAt(), clock.instant()).toHours())).toList());
    }

    DetailPage detail(EmergencyRequest r, boolean handles, String fullPhone, Map<String, String> errors,
                      Map<String, String> typed, String doneKey) {
        return new DetailPage(r.id(), r.version(), r.reference(), r.name(),
                fullPhone.isEmpty() ? r.maskedPhone() : fullPhone, !fullPhone.isEmpty(),
                regions.pathName(r.regionCode()), r.place(), r.whatHappened(), r.status().messageKey(),
                Formats.dateTime(r.receivedAt()), r.maskedIdNumber(),
                r.aidAmount() == null ? "" : CaseViews.money(r.aidAmount()), r.aidNote(),
                r.aidedAt() == null ? "" : Formats.dateTime(r.aidedAt()), r.closingNote(),
                handles, handles && r.status() == EmergencyStatus.RECEIVED, handles && r.status() == EmergencyStatus.AIDED,
                CaseViews.money(Emergencies.SMALL_AMOUNT_LIMIT), errors, typed, doneKey);
    }

    public record ListPage(List<Row> rows) {
    }

    public record Row(long id, String reference, String name, String place, String statusKey, String receivedAt,
                      long hoursWaiting) {
    }

    /**
     * {@code phone} is masked unless {@code phoneShown} (after an audited reveal, caseworkers only); {@code mayAid} also allows
     * closing without aid, {@code mayDocument} is the explanation after paying first.
     */
    public record DetailPage(long id, long version, String reference, String name, String phone, boolean phoneShown,
                             String village, String place, String whatHappened, String statusKey, String receivedAt,
                             String maskedIdNumber, String aidAmount, String aidNote, String aidedAt,
                             String closingNote, boolean mayReveal, boolean mayAid, boolean mayDocument, String limit,
                             Map<String, String> errors, Map<String, String> typed, String doneKey) {
    }
}
