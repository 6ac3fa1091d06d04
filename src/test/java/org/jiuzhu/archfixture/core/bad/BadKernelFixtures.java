package org.jiuzhu.archfixture.core.bad;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.jiuzhu.archfixture.core.good.GoodKernelFixtures;

/** Kernel classes that each break one rule. */
public final class BadKernelFixtures {

    private BadKernelFixtures() {
    }

    /** Bad: field injection with {@code @Inject}. */
    @Requires(property = "jiuzhu.archfixture.enabled", value = "true")
    public static class FieldInjected {

        @Inject
        GoodKernelFixtures.Clean clean;
    }

    /** Bad: configuration injected into a field with {@code @Value}. */
    @Requires(property = "jiuzhu.archfixture.enabled", value = "true")
    public static class ValueFieldInjected {

        @Value("${jiuzhu.archfixture.greeting:hello}")
        String greeting;
    }

    /** Bad: configuration injected into a field with {@code @Property}. */
    @Requires(property = "jiuzhu.archfixture.enabled", value = "true")
    public static class PropertyFieldInjected {

        @Property(name = "jiuzhu.archfixture.greeting")
        String greeting;
    }

    /** Bad: JDBC outside a persistence package. */
    public static class UsesJdbcOutsidePersistence {

        public boolean isOpen(Connection connection) throws SQLException {
            return !connection.isClosed();
        }
    }

    /** Bad: HTTP outside a web package. */
    public static class UsesHttpOutsideWeb {

        public HttpResponse<String> answer() {
            return HttpResponse.ok("not here");
        }
    }
}
