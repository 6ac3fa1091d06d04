package org.jiuzhu.admin.resident.web;

import java.util.List;

/** One page of the residents in the staff member's scope. */
public record ResidentsPage(String scopeName, long total, List<Row> rows, Integer previousPage, Integer nextPage) {

    public record Row(long id, String name, String regionName, String registeredOn) {
    }
}
