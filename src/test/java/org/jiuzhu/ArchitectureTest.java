package org.jiuzhu;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Checks the product's production classes (shell, kernel and all areas) against {@link ArchitectureRules}.
 * Test classes, among them the deliberately bad fixtures under {@code org.jiuzhu.archfixture}, are not
 * imported, nor are the classes Micronaut generates.
 */
@AnalyzeClasses(
        packages = ArchitectureRules.BASE_PACKAGE,
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureRules.ExcludeMicronautGenerated.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule kernel_depends_on_no_area = ArchitectureRules.KERNEL_INDEPENDENT_OF_AREAS;

    @ArchTest
    static final ArchRule portal_does_not_depend_on_admin = ArchitectureRules.PORTAL_INDEPENDENT_OF_ADMIN;

    @ArchTest
    static final ArchRule admin_does_not_depend_on_portal = ArchitectureRules.ADMIN_INDEPENDENT_OF_PORTAL;

    @ArchTest
    static final ArchRule only_the_matching_root_package_is_used_outside_matching =
            ArchitectureRules.ONLY_MATCHING_ROOT_USED_OUTSIDE_MATCHING;

    @ArchTest
    static final ArchRule micronaut_data_and_jdbc_only_in_persistence_packages =
            ArchitectureRules.DATA_ACCESS_ONLY_IN_PERSISTENCE;

    @ArchTest
    static final ArchRule http_and_views_only_in_web_packages = ArchitectureRules.HTTP_AND_VIEWS_ONLY_IN_WEB;

    @ArchTest
    static final ArchRule lucene_only_in_matching_search_packages = ArchitectureRules.LUCENE_ONLY_IN_MATCHING_SEARCH;

    @ArchTest
    static final ArchRule controllers_are_secured_and_in_web_packages = ArchitectureRules.CONTROLLERS_SECURED_AND_IN_WEB;

    @ArchTest
    static final ArchRule no_field_injection = ArchitectureRules.NO_FIELD_INJECTION;

    @ArchTest
    static final ArchRule features_are_free_of_cycles = ArchitectureRules.FEATURES_FREE_OF_CYCLES;
}
