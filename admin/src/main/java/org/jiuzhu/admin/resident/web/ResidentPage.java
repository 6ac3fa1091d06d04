package org.jiuzhu.admin.resident.web;

/** One resident, masked; {@code fullIdNumber} is set only on the audited reveal. */
public record ResidentPage(long id, String name, String idNumber, String phone, String regionName, String registeredOn,
                    String fullIdNumber) {
}
