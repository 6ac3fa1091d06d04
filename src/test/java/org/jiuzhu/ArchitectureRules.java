package org.jiuzhu;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * The architecture rules of Jiuzhu, in one place.
 *
 * <p>Every rule is built by a factory method that takes the base package, so that the same rule runs
 * against the product ({@link #BASE_PACKAGE}, see {@code ArchitectureTest}) and against the deliberately
 * bad classes under {@code org.jiuzhu.archfixture} ({@code ArchitectureRulesBiteTest}), which prove that
 * each rule actually fails when it should. The constants are the rules for the product.
 *
 * <p>All rules allow an empty "should": areas that have no classes yet must not make the build fail.
 */
public final class ArchitectureRules {

    /** The product's base package: the shell lives here, the kernel in {@code .core}, the areas beside it. */
    public static final String BASE_PACKAGE = "org.jiuzhu";

    // Annotations by name rather than class literal, so that this class itself depends on neither HTTP nor DI.
    private static final String CONTROLLER = "io.micronaut.http.annotation.Controller";
    private static final String SECURED = "io.micronaut.security.annotation.Secured";
    private static final String INJECT = "jakarta.inject.Inject";
    private static final String VALUE = "io.micronaut.context.annotation.Value";
    private static final String PROPERTY = "io.micronaut.context.annotation.Property";

    public static final ArchRule KERNEL_INDEPENDENT_OF_AREAS = kernelIndependentOfAreas(BASE_PACKAGE);
    public static final ArchRule PORTAL_INDEPENDENT_OF_ADMIN = portalIndependentOfAdmin(BASE_PACKAGE);
    public static final ArchRule ADMIN_INDEPENDENT_OF_PORTAL = adminIndependentOfPortal(BASE_PACKAGE);
    public static final ArchRule ONLY_MATCHING_ROOT_USED_OUTSIDE_MATCHING = onlyMatchingRootUsedOutsideMatching(BASE_PACKAGE);
    public static final ArchRule DATA_ACCESS_ONLY_IN_PERSISTENCE = dataAccessOnlyInPersistence(BASE_PACKAGE);
    public static final ArchRule HTTP_AND_VIEWS_ONLY_IN_WEB = httpAndViewsOnlyInWeb(BASE_PACKAGE);
    public static final ArchRule LUCENE_ONLY_IN_MATCHING_SEARCH = luceneOnlyInMatchingSearch(BASE_PACKAGE);
    public static final ArchRule CONTROLLERS_SECURED_AND_IN_WEB = controllersSecuredAndInWeb(BASE_PACKAGE);
    public static final ArchRule NO_FIELD_INJECTION = noFieldInjection(BASE_PACKAGE);
    public static final ArchRule FEATURES_FREE_OF_CYCLES = featuresFreeOfCycles(BASE_PACKAGE);

    private ArchitectureRules() {
    }

    /** Every rule, built for the given base package. */
    public static List<ArchRule> all(String base) {
        return List.of(
                kernelIndependentOfAreas(base),
                portalIndependentOfAdmin(base),
                adminIndependentOfPortal(base),
                onlyMatchingRootUsedOutsideMatching(base),
                dataAccessOnlyInPersistence(base),
                httpAndViewsOnlyInWeb(base),
                luceneOnlyInMatchingSearch(base),
                controllersSecuredAndInWeb(base),
                noFieldInjection(base),
                featuresFreeOfCycles(base));
    }

    public static ArchRule kernelIndependentOfAreas(String base) {
        return noClasses()
                .that().resideInAPackage(base + ".core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        base + ".portal..", base + ".matching..", base + ".admin..")
                .because("the kernel (" + base + ".core) is the foundation every area builds on; "
                        + "it must not know about portal, matching or admin")
                .allowEmptyShould(true);
    }

    public static ArchRule portalIndependentOfAdmin(String base) {
        return noClasses()
                .that().resideInAPackage(base + ".portal..")
                .should().dependOnClassesThat().resideInAPackage(base + ".admin..")
                .because("the resident-facing portal and the staff workbench are separate areas; "
                        + "what they share belongs in the kernel")
                .allowEmptyShould(true);
    }

    public static ArchRule adminIndependentOfPortal(String base) {
        return noClasses()
                .that().resideInAPackage(base + ".admin..")
                .should().dependOnClassesThat().resideInAPackage(base + ".portal..")
                .because("the staff workbench and the resident-facing portal are separate areas; "
                        + "what they share belongs in the kernel")
                .allowEmptyShould(true);
    }

    public static ArchRule onlyMatchingRootUsedOutsideMatching(String base) {
        return noClasses()
                .that().resideInAPackage(base + "..")
                .and().resideOutsideOfPackage(base + ".matching..")
                // "x.matching.*.." matches every sub-package of x.matching but not x.matching itself
                .should().dependOnClassesThat().resideInAPackage(base + ".matching.*..")
                .because("the root package " + base + ".matching is the only API of the matching area; "
                        + "its sub-packages are internal and may change freely")
                .allowEmptyShould(true);
    }

    public static ArchRule dataAccessOnlyInPersistence(String base) {
        return noClasses()
                .that().resideInAPackage(base + "..")
                .and().resideOutsideOfPackage("..persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.data..", "java.sql..")
                .because("database access (Micronaut Data, JDBC) is kept in the persistence packages, "
                        + "so features talk to storage only through their own store classes")
                .allowEmptyShould(true);
    }

    public static ArchRule httpAndViewsOnlyInWeb(String base) {
        return noClasses()
                .that().resideInAPackage(base + "..")
                .and().resideOutsideOfPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.http..", "io.micronaut.views..")
                .because("HTTP and page rendering are kept in the web packages, "
                        + "so the domain stays testable without a server")
                .allowEmptyShould(true);
    }

    public static ArchRule luceneOnlyInMatchingSearch(String base) {
        return noClasses()
                .that().resideInAPackage(base + "..")
                .and(not(inMatchingSearch(base)))
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .because("full-text search is an implementation detail of the matching area's search packages")
                .allowEmptyShould(true);
    }

    public static ArchRule controllersSecuredAndInWeb(String base) {
        return classes()
                .that().resideInAPackage(base + "..")
                .and().areAnnotatedWith(CONTROLLER)
                .should().beAnnotatedWith(SECURED)
                .andShould().resideInAPackage("..web..")
                .because("every endpoint must state who may call it (@Secured on the class), "
                        + "and HTTP code lives in the web packages")
                .allowEmptyShould(true);
    }

    public static ArchRule noFieldInjection(String base) {
        return noFields()
                // a record's fields are final and cannot be injected; an annotation such as @Value on a
                // record component is copied onto the field by javac, but it is constructor injection
                .that().areDeclaredInClassesThat(resideInAPackage(base + "..").and(not(records())))
                .should().beAnnotatedWith(INJECT)
                .orShould().beAnnotatedWith(VALUE)
                .orShould().beAnnotatedWith(PROPERTY)
                .because("dependencies and configuration come in through the constructor, "
                        + "so a bean is complete once constructed and can be built by hand in a test")
                .allowEmptyShould(true);
    }

    public static ArchRule featuresFreeOfCycles(String base) {
        return SlicesRuleDefinition.slices()
                .matching(base + ".(*).(*)..")
                .namingSlices("$1.$2")
                .should().beFreeOfCycles()
                .because("features (kernel or area + feature) must form a hierarchy, "
                        + "so each can be understood, tested and changed on its own")
                .allowEmptyShould(true);
    }

    /** Classes in a package named {@code search} anywhere below {@code <base>.matching}. */
    private static DescribedPredicate<JavaClass> inMatchingSearch(String base) {
        // both conditions, because "x.matching..search.." alone would also match a package "x.matchingsearch"
        return resideInAPackage(base + ".matching..").and(resideInAPackage("..search.."))
                .as("reside in a search package of " + base + ".matching");
    }

    private static DescribedPredicate<JavaClass> records() {
        return DescribedPredicate.describe("records", JavaClass::isRecord);
    }

    // ------------------------------------------------------------------------------------------------
    // Micronaut's generated classes
    // ------------------------------------------------------------------------------------------------

    private static final Set<String> GENERATED_SEGMENTS = Set.of("Definition", "Introspection", "Exec", "Intercepted");

    /**
     * Whether a class, given by its binary name without package ({@code $HomeController$Definition}) or
     * its fully qualified binary name, was generated by Micronaut: its name starts with {@code $}, or one of
     * its {@code $}-separated parts is exactly {@code Definition}, {@code Introspection}, {@code Exec} or
     * {@code Intercepted}. Exact parts, so that a hand-written nested class such as {@code Search.Executor}
     * ({@code Search$Executor}) is still checked.
     */
    public static boolean isMicronautGenerated(String binaryName) {
        String simple = binaryName.substring(binaryName.lastIndexOf('.') + 1);
        if (simple.startsWith("$")) {
            return true;
        }
        String[] parts = simple.split("\\$");
        for (int i = 1; i < parts.length; i++) {
            if (GENERATED_SEGMENTS.contains(parts[i])) {
                return true;
            }
        }
        return false;
    }

    /** The same test as {@link #isMicronautGenerated(String)}, for rules on already imported classes. */
    public static final DescribedPredicate<JavaClass> MICRONAUT_GENERATED =
            DescribedPredicate.describe("generated by Micronaut", javaClass -> isMicronautGenerated(javaClass.getName()));

    /** Leaves Micronaut's generated classes ({@code $Foo$Definition} and friends) out of the import. */
    public static final class ExcludeMicronautGenerated implements ImportOption {

        @Override
        public boolean includes(Location location) {
            URI uri = location.asURI();
            // opaque for "jar:file:...!/a/B.class", hierarchical for "file:/.../a/B.class"; decoded either way
            String path = uri.getSchemeSpecificPart();
            if (path == null || !path.endsWith(".class")) {
                return true;
            }
            String fileName = path.substring(path.lastIndexOf('/') + 1);
            return !isMicronautGenerated(fileName.substring(0, fileName.length() - ".class".length()));
        }
    }
}
