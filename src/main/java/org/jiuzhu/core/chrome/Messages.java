package org.jiuzhu.core.chrome;

import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Message lookup. A key's first segment names its bundle ({@code portal.home.title} lives in
 * {@code i18n/portal}); Chinese is the base bundle and never falls back to the JVM's default locale.
 */
@Singleton
public class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<String> BUNDLES = List.of("core", "portal", "matching", "admin");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** A page looks up a hundred keys; ResourceBundle's own cache walks the caller's stack on every lookup. */
    private final Map<Locale, Map<String, ResourceBundle>> bundles = new ConcurrentHashMap<>();

    public String get(Locale locale, String key, Object... args) {
        int dot = key.indexOf('.');
        String bundleName = dot > 0 ? key.substring(0, dot) : key;
        if (!BUNDLES.contains(bundleName)) {
            return key;
        }
        try {
            String pattern = bundle(bundleName, locale).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private ResourceBundle bundle(String name, Locale locale) {
        if (!locale.equals(CHINESE) && !locale.equals(ENGLISH)) {
            return ResourceBundle.getBundle("i18n/" + name, locale, NO_FALLBACK);
        }
        return bundles.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, n -> ResourceBundle.getBundle("i18n/" + n, locale, NO_FALLBACK));
    }

    public static Locale supported(String tag) {
        return "en".equals(tag) ? ENGLISH : CHINESE;
    }
}
