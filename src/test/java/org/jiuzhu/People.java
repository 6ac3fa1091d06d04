package org.jiuzhu;

import org.jiuzhu.core.privacy.IdNumber;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid, unique-enough residents for tests that share one database. */
public final class People {

    public static final String XINGFU_VILLAGE = "990102001002";
    public static final String XINHUA_VILLAGE = "990103001002";

    private People() {
    }

    public static String idNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String birth = String.format("%04d%02d%02d", random.nextInt(1940, 2000), random.nextInt(1, 13), random.nextInt(1, 29));
        return IdNumber.withCheckDigit("990102" + birth + String.format("%03d", random.nextInt(1000)));
    }

    /** Someone of working age (born 1970 to 1999): no rule treats them as unable to work because of their age. */
    public static String adultIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String birth = String.format("%04d%02d%02d", random.nextInt(1970, 2000), random.nextInt(1, 13), random.nextInt(1, 29));
        return IdNumber.withCheckDigit("990102" + birth + String.format("%03d", random.nextInt(1000)));
    }

    private static final java.time.LocalDate FIRST_ADULT_BIRTH = java.time.LocalDate.of(1970, 1, 1);
    private static final int ADULT_BIRTH_DAYS = 10_950;
    private static final java.util.concurrent.atomic.AtomicLong NEXT_ADULT =
            new java.util.concurrent.atomic.AtomicLong(ThreadLocalRandom.current().nextLong(ADULT_BIRTH_DAYS / 2 * 1000L));

    /**
     * A working-age ID number that no other call in this JVM returns: consecutive birth dates and sequence numbers from
     * a random start. Random draws collide by the birthday paradox (a few in ten thousand), which thousands of
     * households made at once, as the reliability runs make them, cannot afford.
     */
    public static String uniqueAdultIdNumber() {
        long n = NEXT_ADULT.getAndIncrement();
        java.time.LocalDate birth = FIRST_ADULT_BIRTH.plusDays((n / 1000) % ADULT_BIRTH_DAYS);
        return IdNumber.withCheckDigit("990102" + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", n % 1000));
    }

    /** A child born in the last ten years. */
    public static String childIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        java.time.LocalDate birth = java.time.LocalDate.now().minusDays(random.nextInt(365, 3650));
        return IdNumber.withCheckDigit("990102" + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", random.nextInt(1000)));
    }

    public static String phone() {
        return "13" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }

    public static String password() {
        return "Jz" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
    }

    /** The fields of a valid registration form; tests change the one they are about. */
    public static Map<String, String> registration(String name, String phone, String idNumber, String village,
                                                   String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("phone", phone);
        form.put("idNumber", idNumber);
        form.put("regionCode", village);
        form.put("password", password);
        form.put("passwordConfirmation", password);
        return form;
    }
}
