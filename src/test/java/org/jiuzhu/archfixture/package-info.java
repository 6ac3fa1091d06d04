/**
 * Test-only fixtures for {@code org.jiuzhu.ArchitectureRulesBiteTest}: a miniature of the product's package
 * layout ({@code core}, {@code portal}, {@code matching}, {@code admin}) with classes that deliberately break
 * the architecture rules (in packages named {@code bad}, plus the {@code cyclea}/{@code cycleb} cycle) and
 * classes that obey them. They live in test sources only, so {@code ArchitectureTest} never sees them, and
 * every class Micronaut could turn into a bean carries {@code @Requires(property = "jiuzhu.archfixture.enabled")},
 * so no application context ever loads one.
 */
package org.jiuzhu.archfixture;
