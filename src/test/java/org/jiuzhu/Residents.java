package org.jiuzhu;

import io.micronaut.runtime.server.EmbeddedServer;

/** Residents who register and log in through the pages, as a person does. */
public final class Residents {

    /** A logged-in resident and what they registered with. */
    public record Resident(WebSession session, String name, String phone, String password, String idNumber) {
    }

    private Residents() {
    }

    public static Resident loggedIn(EmbeddedServer server, String name) {
        return loggedIn(new WebSession(server), new WebSession(server), name);
    }

    /** Registers through {@code visitor} and logs in through {@code session} (each may carry its own address). */
    public static Resident loggedIn(WebSession visitor, WebSession session, String name) {
        String phone = People.phone();
        String password = People.password();
        String idNumber = People.idNumber();
        WebSession.Page registered = visitor.submit("/register", "/register",
                People.registration(name, phone, idNumber, People.XINGFU_VILLAGE, password));
        if (registered.status() != 303) {
            throw new AssertionError("registration of a test resident failed with " + registered.status());
        }
        session.login(phone, password);
        return new Resident(session, name, phone, password, idNumber);
    }
}
