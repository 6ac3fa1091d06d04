package org.jiuzhu;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.jiuzhu.archfixture.admin.bad.AdminUsingPortal;
import org.jiuzhu.archfixture.admin.cyclea.CycleA;
import org.jiuzhu.archfixture.admin.cycleb.CycleB;
import org.jiuzhu.archfixture.admin.desk.AdminDesk;
import org.jiuzhu.archfixture.core.bad.BadKernelFixtures;
import org.jiuzhu.archfixture.core.bad.KernelUsingPortal;
import org.jiuzhu.archfixture.core.good.GoodKernelFixtures;
import org.jiuzhu.archfixture.core.good.persistence.GoodStore;
import org.jiuzhu.archfixture.core.good.web.GoodController;
import org.jiuzhu.archfixture.matching.MatchingApi;
import org.jiuzhu.archfixture.matching.engine.MatchingEngine;
import org.jiuzhu.archfixture.portal.bad.BadPortalFixtures;
import org.jiuzhu.archfixture.portal.bad.web.UnsecuredController;
import org.jiuzhu.archfixture.portal.thing.PortalThing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that the rules in {@link ArchitectureRules} bite: built for the base package
 * {@code org.jiuzhu.archfixture}, each rule must report the deliberately bad fixture classes, and no rule
 * may report the good ones. Without this, a rule with a typo in a package pattern would pass forever
 * (all rules allow an empty "should").
 */
class ArchitectureRulesBiteTest {

    private static final String FIXTURES = "org.jiuzhu.archfixture";

    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter()
                .withImportOption(new ArchitectureRules.ExcludeMicronautGenerated())
                .importPackages(FIXTURES);
    }

    @Test
    void kernelMustNotDependOnAnArea() {
        assertBites(ArchitectureRules.kernelIndependentOfAreas(FIXTURES), KernelUsingPortal.class);
    }

    @Test
    void portalMustNotDependOnAdmin() {
        assertBites(ArchitectureRules.portalIndependentOfAdmin(FIXTURES), BadPortalFixtures.PortalUsingAdmin.class);
    }

    @Test
    void adminMustNotDependOnPortal() {
        assertBites(ArchitectureRules.adminIndependentOfPortal(FIXTURES), AdminUsingPortal.class);
    }

    @Test
    void onlyTheRootPackageOfMatchingMayBeUsedOutsideIt() {
        assertBites(ArchitectureRules.onlyMatchingRootUsedOutsideMatching(FIXTURES),
                BadPortalFixtures.PortalUsingMatchingInternals.class);
    }

    @Test
    void noFieldInjection() {
        assertBites(ArchitectureRules.noFieldInjection(FIXTURES),
                BadKernelFixtures.FieldInjected.class,
                BadKernelFixtures.ValueFieldInjected.class,
                BadKernelFixtures.PropertyFieldInjected.class);
    }

    @Test
    void controllersMustBeSecuredAndInWebPackages() {
        assertBites(ArchitectureRules.controllersSecuredAndInWeb(FIXTURES),
                UnsecuredController.class,
                BadPortalFixtures.ControllerOutsideWeb.class);
    }

    @Test
    void jdbcOnlyInPersistencePackages() {
        assertBites(ArchitectureRules.dataAccessOnlyInPersistence(FIXTURES),
                BadKernelFixtures.UsesJdbcOutsidePersistence.class);
    }

    @Test
    void httpOnlyInWebPackages() {
        assertBites(ArchitectureRules.httpAndViewsOnlyInWeb(FIXTURES),
                BadKernelFixtures.UsesHttpOutsideWeb.class,
                BadPortalFixtures.ControllerOutsideWeb.class);
    }

    @Test
    void featuresMustBeFreeOfCycles() {
        assertBites(ArchitectureRules.featuresFreeOfCycles(FIXTURES), CycleA.class, CycleB.class);
    }

    @Test
    void goodFixturesBreakNoRule() {
        JavaClasses good = fixtures.that(resideInAnyPackage(
                FIXTURES + ".core.good..", FIXTURES + ".portal.thing..", FIXTURES + ".admin.desk..",
                FIXTURES + ".matching", FIXTURES + ".matching.engine.."));
        assertThat(good.stream().map(JavaClass::getName)).contains(
                GoodKernelFixtures.Clean.class.getName(),
                GoodKernelFixtures.ConstructorInjected.class.getName(),
                GoodKernelFixtures.ConfiguredRecord.class.getName(),
                GoodStore.class.getName(),
                GoodController.class.getName(),
                PortalThing.class.getName(),
                AdminDesk.class.getName(),
                MatchingApi.class.getName(),
                MatchingEngine.class.getName());

        List<ArchRule> rules = ArchitectureRules.all(FIXTURES);
        assertThat(rules).hasSize(10);
        for (ArchRule rule : rules) {
            EvaluationResult result = rule.evaluate(good);
            assertThat(result.hasViolation())
                    .as("%s%n%s", rule.getDescription(), result.getFailureReport())
                    .isFalse();
        }
    }

    @Test
    void micronautGeneratedClassesAreRecognised() {
        assertThat(ArchitectureRules.isMicronautGenerated("$HomeController$Definition")).isTrue();
        assertThat(ArchitectureRules.isMicronautGenerated("org.jiuzhu.portal.web.$HomeController$Definition$Exec")).isTrue();
        assertThat(ArchitectureRules.isMicronautGenerated("org.jiuzhu.core.account.Account$Introspection")).isTrue();
        assertThat(ArchitectureRules.isMicronautGenerated("org.jiuzhu.core.audit.AuditLog$Intercepted")).isTrue();
        assertThat(ArchitectureRules.isMicronautGenerated("org.jiuzhu.portal.web.HomeController")).isFalse();
        assertThat(ArchitectureRules.isMicronautGenerated("org.jiuzhu.matching.search.Search$Executor")).isFalse();
        assertThat(ArchitectureRules.isMicronautGenerated("org.jiuzhu.core.form.FormDefinition")).isFalse();

        ArchitectureRules.ExcludeMicronautGenerated option = new ArchitectureRules.ExcludeMicronautGenerated();
        assertThat(option.includes(Location.of(Path.of("/x/target/classes/org/jiuzhu/$Home$Definition.class")))).isFalse();
        assertThat(option.includes(Location.of(URI.create("jar:file:/x/app.jar!/org/jiuzhu/$Home$Definition.class"))))
                .isFalse();
        assertThat(option.includes(Location.of(Path.of("/x/target/classes/org/jiuzhu/Application.class")))).isTrue();
        assertThat(fixtures.stream().map(JavaClass::getName))
                .noneMatch(ArchitectureRules::isMicronautGenerated)
                .contains(KernelUsingPortal.class.getName());
    }

    private static void assertBites(ArchRule rule, Class<?>... offenders) {
        EvaluationResult result = rule.evaluate(fixtures);
        assertThat(result.hasViolation()).as("expected a violation of: %s", rule.getDescription()).isTrue();
        String report = String.join("\n", result.getFailureReport().getDetails());
        for (Class<?> offender : offenders) {
            assertThat(report).as("violations of '%s' should name %s", rule.getDescription(), offender.getName())
                    .contains(offender.getName());
        }
    }
}
