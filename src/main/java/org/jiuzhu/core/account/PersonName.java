package org.jiuzhu.core.account;

import jakarta.inject.Singleton;
import org.jiuzhu.core.form.FieldErrors;

/**
 * A person's name as written on their ID card: letters of any script, the middle dot of minority names
 * (艾力·买买提) and spaces between Latin-script words.
 */
@Singleton
public class PersonName {

    private static final int MAX_LENGTH = 40;

    public void check(String raw, String field, FieldErrors errors) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            errors.add(field, "core.name.error.empty");
        } else if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            errors.add(field, "core.name.error.length");
        } else if (!name.codePoints().allMatch(PersonName::allowed)) {
            errors.add(field, "core.name.error.characters");
        }
    }

    private static boolean allowed(int c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || c == '·' || c == '•' || c == '・' || c == ' ';
    }
}
