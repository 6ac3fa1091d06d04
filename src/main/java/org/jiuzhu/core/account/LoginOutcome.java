package org.jiuzhu.core.account;

/** What a login attempt came to. A refusal never says whether the login name exists. */
public sealed interface LoginOutcome {

    record Success(Account account, String sessionId) implements LoginOutcome {
    }

    record Refused() implements LoginOutcome {
    }

    record Locked() implements LoginOutcome {
    }

    /** Too many failed logins from the client's address this hour; no password was checked. */
    record TooManyFromAddress() implements LoginOutcome {
    }
}
