package org.jiuzhu.core.privacy;

import jakarta.inject.Singleton;

/**
 * Masks personal data for display and logs. Lengths are kept so that users can still recognise
 * their own data; all work is done on code points because names may contain characters outside
 * the Basic Multilingual Plane.
 */
@Singleton
public class Masking {

    private static final String STAR = "*";

    /** "110105194912310021" becomes "110***********0021". */
    public String idNumber(String idNumber) {
        return keepEnds(idNumber, 3, 4);
    }

    /** "13812341234" becomes "138****1234". */
    public String phone(String phone) {
        return keepEnds(phone, 3, 4);
    }

    /** "张三" becomes "张*", "张小三" becomes "张*三", "欧阳小明" becomes "欧**明". */
    public String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        int[] points = name.strip().codePoints().toArray();
        if (points.length == 1) {
            return STAR;
        }
        if (points.length == 2) {
            return new String(points, 0, 1) + STAR;
        }
        return keepEnds(points, 1, 1);
    }

    private static String keepEnds(String text, int head, int tail) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return keepEnds(text.strip().codePoints().toArray(), head, tail);
    }

    private static String keepEnds(int[] points, int head, int tail) {
        // Too short to keep both ends without revealing most of the value: hide everything.
        if (points.length <= head + tail) {
            return STAR.repeat(points.length);
        }
        return new String(points, 0, head)
                + STAR.repeat(points.length - head - tail)
                + new String(points, points.length - tail, tail);
    }
}
