package org.jiuzhu.archfixture.core.good;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;

/** Kernel classes that obey every rule. */
public final class GoodKernelFixtures {

    private GoodKernelFixtures() {
    }

    /** Good: depends on nothing but the JDK. */
    public static class Clean {

        public String greet(String name) {
            return "hello " + name;
        }
    }

    /** Good: constructor injection. */
    @Requires(property = "jiuzhu.archfixture.enabled", value = "true")
    public static class ConstructorInjected {

        private final Clean clean;
        private final String greeting;

        @Inject
        public ConstructorInjected(Clean clean, @Value("${jiuzhu.archfixture.greeting:hello}") String greeting) {
            this.clean = clean;
            this.greeting = greeting;
        }

        public String greet() {
            return greeting + " " + clean.greet("world");
        }
    }

    /**
     * Good: {@code @Value} on a record component is constructor injection, even though javac also puts the
     * annotation on the record's (final) field.
     */
    @Requires(property = "jiuzhu.archfixture.enabled", value = "true")
    public record ConfiguredRecord(@Value("${jiuzhu.archfixture.greeting:hello}") String greeting) {
    }
}
