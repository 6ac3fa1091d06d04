package org.jiuzhu;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the source tree itself: which packages each source root may hold, that no resource is shadowed by
 * another root's resource of the same path, and that the areas and features document themselves in a
 * {@code package-info.java}. Works on the files (no compilation needed) from the project root, which is the
 * working directory when Maven Surefire runs the tests.
 */
class SourceLayoutTest {

    private static final Path ROOT = Paths.get("").toAbsolutePath();

    private static final String BASE = "org.jiuzhu";
    private static final List<String> AREAS = List.of("portal", "matching", "admin");

    /** Placeholders and files that Maven's resource copying leaves out anyway. */
    private static final Set<String> IGNORED_RESOURCE_NAMES = Set.of(".gitkeep", ".gitignore", ".gitattributes", ".DS_Store");

    private static final String IDENTIFIER = "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*";
    private static final Pattern PACKAGE_DECLARATION =
            Pattern.compile("\\bpackage\\s+(" + IDENTIFIER + "(?:\\s*\\.\\s*" + IDENTIFIER + ")*)\\s*;");

    @BeforeAll
    static void runFromTheProjectRoot() {
        assertTrue(Files.isRegularFile(ROOT.resolve("pom.xml")) && Files.isDirectory(ROOT.resolve("src/main/java")),
                () -> "these tests must run with the project root as working directory, but it is " + ROOT);
    }

    @Test
    void everyJavaFileDeclaresAnAllowedPackageThatMatchesItsDirectory() {
        Map<String, List<Allowed>> roots = new TreeMap<>();
        roots.put("src/main/java", List.of(Allowed.exactly(BASE), Allowed.orBelow(BASE + ".core")));
        roots.put("src/test/java",
                List.of(Allowed.exactly(BASE), Allowed.orBelow(BASE + ".core"), Allowed.orBelow(BASE + ".archfixture"),
                        Allowed.exactly(BASE + ".reliability")));
        for (String area : AREAS) {
            roots.put(area + "/src/main/java", List.of(Allowed.orBelow(BASE + "." + area)));
            roots.put(area + "/src/test/java", List.of(Allowed.orBelow(BASE + "." + area)));
        }

        List<String> failures = new ArrayList<>();
        roots.forEach((root, allowed) -> {
            Path sourceRoot = ROOT.resolve(root);
            for (Path file : files(sourceRoot)) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".java") || name.equals("module-info.java")) {
                    continue;
                }
                String shown = ROOT.relativize(file).toString().replace('\\', '/');
                String expected = packageOfDirectory(sourceRoot, file);
                Optional<String> declared = declaredPackage(read(file));
                if (declared.isEmpty()) {
                    failures.add(shown + ": declares no package (the directory says '" + expected + "')");
                    continue;
                }
                String pkg = declared.get();
                if (!pkg.equals(expected)) {
                    failures.add(shown + ": declares package '" + pkg + "' but its directory says '" + expected + "'");
                }
                if (allowed.stream().noneMatch(a -> a.permits(pkg))) {
                    failures.add(shown + ": package '" + pkg + "' does not belong in " + root + " (allowed: "
                            + allowed.stream().map(Allowed::toString).collect(Collectors.joining(", ")) + ")");
                }
            }
        });

        assertNoFailures("Java files in the wrong package or directory", failures);
    }

    @Test
    void noResourcePathExistsInTwoRoots() {
        List<String> failures = new ArrayList<>();
        failures.addAll(sharedResourcePaths("main"));
        failures.addAll(sharedResourcePaths("test"));
        assertNoFailures("Resources that exist in more than one root (one would silently replace the other on the classpath)",
                failures);
    }

    @Test
    void areasAndFeaturesHavePackageInfo() {
        List<String> failures = new ArrayList<>();
        List<Path> featureParents = new ArrayList<>();
        featureParents.add(ROOT.resolve("src/main/java/org/jiuzhu/core"));
        for (String area : AREAS) {
            Path areaPackage = ROOT.resolve(area + "/src/main/java/org/jiuzhu/" + area);
            if (!Files.isRegularFile(areaPackage.resolve("package-info.java"))) {
                failures.add(ROOT.relativize(areaPackage.resolve("package-info.java")) + ": missing (area root package)");
            }
            featureParents.add(areaPackage);
        }
        for (Path parent : featureParents) {
            if (!Files.isDirectory(parent)) {
                continue;
            }
            for (Path feature : subdirectories(parent)) {
                boolean hasJava = files(feature).stream().anyMatch(f -> f.getFileName().toString().endsWith(".java"));
                if (hasJava && !Files.isRegularFile(feature.resolve("package-info.java"))) {
                    failures.add(ROOT.relativize(feature.resolve("package-info.java")) + ": missing (feature package)");
                }
            }
        }
        assertNoFailures("Missing package-info.java (say what the package is for and what it may use)", failures);
    }

    // ------------------------------------------------------------------------------------------------

    private static List<String> sharedResourcePaths(String mainOrTest) {
        List<String> roots = new ArrayList<>();
        roots.add("src/" + mainOrTest + "/resources");
        for (String area : AREAS) {
            roots.add(area + "/src/" + mainOrTest + "/resources");
        }
        Map<String, List<String>> rootsByPath = new TreeMap<>();
        for (String root : roots) {
            Path resourceRoot = ROOT.resolve(root);
            for (Path file : files(resourceRoot)) {
                if (IGNORED_RESOURCE_NAMES.contains(file.getFileName().toString())) {
                    continue;
                }
                String relative = resourceRoot.relativize(file).toString().replace('\\', '/');
                rootsByPath.computeIfAbsent(relative, k -> new ArrayList<>()).add(root);
            }
        }
        List<String> failures = new ArrayList<>();
        rootsByPath.forEach((path, in) -> {
            if (in.size() > 1) {
                failures.add(path + ": in " + String.join(", ", in));
            }
        });
        return failures;
    }

    /** The package a file's directory stands for, relative to its source root ("" for the root itself). */
    private static String packageOfDirectory(Path sourceRoot, Path file) {
        Path dir = sourceRoot.relativize(file.getParent());
        List<String> names = new ArrayList<>();
        for (Path name : dir) {
            if (!name.toString().isEmpty()) {
                names.add(name.toString());
            }
        }
        return String.join(".", names);
    }

    static Optional<String> declaredPackage(String source) {
        Matcher matcher = PACKAGE_DECLARATION.matcher(withoutCommentsAndLiterals(source));
        return matcher.find() ? Optional.of(matcher.group(1).replaceAll("\\s+", "")) : Optional.empty();
    }

    /**
     * The source with comments, string literals, text blocks and char literals blanked out, so that a
     * "package" in a licence header, a javadoc or an annotation's string cannot be taken for the declaration.
     */
    static String withoutCommentsAndLiterals(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end;
                code.append(' ');
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                code.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                i = skipQuoted(source, i + 3, "\"\"\"");
                code.append(' ');
            } else if (c == '"' || c == '\'') {
                i = skipQuoted(source, i + 1, String.valueOf(c));
                code.append(' ');
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    /** The index just after the closing delimiter, honouring backslash escapes. */
    private static int skipQuoted(String source, int from, String closing) {
        int i = from;
        while (i < source.length()) {
            if (source.charAt(i) == '\\') {
                i += 2;
            } else if (source.startsWith(closing, i)) {
                return i + closing.length();
            } else {
                i++;
            }
        }
        return source.length();
    }

    /** All regular files below a directory, sorted; none if it does not exist. */
    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> subdirectories(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isDirectory).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertNoFailures(String heading, List<String> failures) {
        assertTrue(failures.isEmpty(), () -> heading + " (" + failures.size() + "):\n  "
                + String.join("\n  ", failures) + "\n");
    }

    /** A package a source root may hold: exactly this one, or this one and everything below it. */
    private record Allowed(String name, boolean subpackages) {

        static Allowed exactly(String name) {
            return new Allowed(name, false);
        }

        static Allowed orBelow(String name) {
            return new Allowed(name, true);
        }

        boolean permits(String pkg) {
            return pkg.equals(name) || (subpackages && pkg.startsWith(name + "."));
        }

        @Override
        public String toString() {
            return subpackages ? name + " and below" : name + " only";
        }
    }
}
