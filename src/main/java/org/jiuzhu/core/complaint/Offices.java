package org.jiuzhu.core.complaint;

import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Account;
import org.jiuzhu.core.account.Accounts;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.Region;
import org.jiuzhu.core.region.Regions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The offices around a complaint's place: which may handle it (its township, its county's civil-affairs bureau, the
 * departments of its county and city), which a complainant may name as complained about, who staffs them and what
 * they are called.
 */
@Singleton
public class Offices {

    /** An office as shown: the region's name, then a message key for what kind of office it is. */
    public record Named(Office office, String regionName, String kindKey) {
        public String key() {
            return office.key();
        }
    }

    /** What a complainant may say the complaint is about, relative to the place they chose. */
    public enum SubjectKind {
        NONE, VILLAGE, TOWNSHIP, COUNTY, DEPARTMENT;

        public String messageKey() {
            return "core.complaint.subject." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Regions regions;
    private final Accounts accounts;

    Offices(Regions regions, Accounts accounts) {
        this.regions = regions;
        this.accounts = accounts;
    }

    public Named named(Office office) {
        Optional<Region> region = regions.find(office.regionCode());
        String kind = office.department() != null
                ? office.department().messageKey()
                : "core.complaint.office." + region.map(r -> r.level().name().toLowerCase(Locale.ROOT)).orElse("unknown");
        return new Named(office, region.map(Region::name).orElse(office.regionCode()), kind);
    }

    /** The offices a complaint made at {@code regionCode} may be dispatched to, nearest first. */
    public List<Named> handling(String regionCode) {
        List<Named> offices = new ArrayList<>();
        List<Region> chain = regions.chain(regionCode).stream().map(regions::get).toList();
        chain.stream().filter(r -> r.level() == DivisionLevel.TOWNSHIP || r.level() == DivisionLevel.COUNTY)
                .forEach(r -> offices.add(named(new Office(r.code(), null))));
        chain.stream().filter(r -> r.level() == DivisionLevel.COUNTY || r.level() == DivisionLevel.CITY)
                .forEach(r -> {
                    for (Department department : Department.values()) {
                        if (department != Department.CIVIL_AFFAIRS) {
                            offices.add(named(new Office(r.code(), department)));
                        }
                    }
                });
        return offices;
    }

    public boolean mayHandle(String regionCode, Office office) {
        return handling(regionCode).stream().anyMatch(n -> n.office().equals(office));
    }

    /** The office a complainant names by kind, above the village they chose; empty for none or a bad choice. */
    public Optional<Office> subject(String villageCode, SubjectKind kind, Department department) {
        if (kind == null || kind == SubjectKind.NONE) {
            return Optional.empty();
        }
        List<Region> chain = regions.chain(villageCode).stream().map(regions::get).toList();
        DivisionLevel level = switch (kind) {
            case VILLAGE -> DivisionLevel.VILLAGE;
            case TOWNSHIP -> DivisionLevel.TOWNSHIP;
            case COUNTY, DEPARTMENT -> DivisionLevel.COUNTY;
            case NONE -> throw new IllegalStateException();
        };
        if (kind == SubjectKind.DEPARTMENT && (department == null || department == Department.CIVIL_AFFAIRS)) {
            return Optional.empty();
        }
        return chain.stream().filter(r -> r.level() == level).findFirst()
                .map(r -> new Office(r.code(), kind == SubjectKind.DEPARTMENT ? department : null));
    }

    /** The active accounts that work for the office: whom a reminder reaches. */
    public List<Long> staff(Office office) {
        Role role = office.department() != null ? Role.DEPARTMENT
                : regions.find(office.regionCode()).map(r -> r.level() == DivisionLevel.TOWNSHIP ? Role.CASEWORKER
                : Role.APPROVER).orElse(Role.APPROVER);
        return accounts.withRoleAt(role, office.regionCode()).stream()
                .filter(a -> office.department() == null || office.department() == a.department())
                .map(Account::id).toList();
    }

    /** Supervisors over the place: whom an overdue complaint is escalated to. */
    public List<Long> supervisors(String regionCode) {
        return regions.chain(regionCode).stream()
                .flatMap(code -> accounts.withRoleAt(Role.SUPERVISOR, code).stream()).map(Account::id).toList();
    }
}
