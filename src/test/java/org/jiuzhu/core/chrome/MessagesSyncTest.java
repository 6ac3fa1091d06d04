package org.jiuzhu.core.chrome;

import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.PasswordProblem;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.privacy.IdNumberProblem;
import org.jiuzhu.core.region.DivisionLevel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese and English bundles hold the same keys, and every key the templates and enums ask for exists. */
class MessagesSyncTest {

    private static final List<String> ROOTS = List.of("src", "portal/src", "matching/src", "admin/src");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("msg\\(\"([a-zA-Z0-9_.]+)\"");
    private static final Pattern QUOTED_KEY = Pattern.compile("\"((?:core|portal|admin|matching)\\.[a-zA-Z0-9_.]+[a-zA-Z0-9_])\"");

    @Test
    void chinese_and_english_bundles_have_the_same_keys() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            Set<String> chinese = keys(bundle + ".properties");
            Set<String> english = keys(bundle + "_en.properties");
            assertThat(english).as("keys of %s_en", bundle).isEqualTo(chinese);
            assertThat(chinese).as("keys of %s", bundle).allMatch(key -> key.startsWith(bundle + "."));
        }
    }

    @Test
    void every_key_a_template_or_class_names_exists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String bundle : Messages.BUNDLES) {
            known.addAll(keys(bundle + ".properties"));
        }
        Set<String> used = new TreeSet<>();
        for (Path file : files("main/resources/views", ".ftlh")) {
            collect(TEMPLATE_KEY, Files.readString(file), used);
        }
        for (Path file : files("main/java", ".java")) {
            collect(QUOTED_KEY, Files.readString(file), used);
        }
        used.removeIf(key -> key.endsWith("."));
        assertThat(used).isNotEmpty();
        // A class may name a key's stem and add ".title" or ".message" itself.
        assertThat(used).allSatisfy(key -> assertThat(known.contains(key)
                || known.stream().anyMatch(k -> k.startsWith(key + "."))).as(key).isTrue());
    }

    @Test
    void every_enum_with_words_on_pages_has_its_keys() throws IOException {
        Set<String> known = keys("core.properties");
        List<String> needed = new ArrayList<>();
        Arrays.stream(Role.values()).forEach(r -> needed.add(r.messageKey()));
        Arrays.stream(Department.values()).forEach(d -> needed.add(d.messageKey()));
        Arrays.stream(DivisionLevel.values()).forEach(l -> needed.add(l.messageKey()));
        Arrays.stream(IdNumberProblem.values()).forEach(p -> needed.add("core.idNumber.error." + lower(p)));
        Arrays.stream(PasswordProblem.values()).forEach(p -> needed.add("core.password.error." + lower(p)));
        assertThat(known).containsAll(needed);
    }

    private static Set<String> keys(String fileName) throws IOException {
        Set<String> keys = new TreeSet<>();
        int found = 0;
        for (String root : ROOTS) {
            Path file = Paths.get(root, "main/resources/i18n", fileName);
            if (Files.exists(file)) {
                found++;
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                keys.addAll(properties.stringPropertyNames());
            }
        }
        assertThat(found).as("copies of %s", fileName).isLessThanOrEqualTo(1);
        return keys;
    }

    private static List<Path> files(String under, String suffix) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : ROOTS) {
            Path dir = Paths.get(root, under);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(p -> p.toString().endsWith(suffix)).forEach(files::add);
                }
            }
        }
        return files;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
