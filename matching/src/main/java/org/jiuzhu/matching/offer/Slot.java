package org.jiuzhu.matching.offer;

/** A weekly time slot of a volunteer service: {@code weekday} 1 (Monday) to 7, with the places still free. */
public record Slot(int weekday, DayPart part, int remaining) {

    /** The form field name of this slot's checkbox, e.g. "6-MORNING". */
    public String key() {
        return weekday + "-" + part.name();
    }
}
