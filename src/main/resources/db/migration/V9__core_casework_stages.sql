-- The stages after acceptance (DOMAIN §4): checks made under a member's authorization, the verified figures, the
-- home visit, the democratic appraisal, the publicity listing with its objections, and the county's decision.

-- One check of one source for one member, made under that member's authorization. The resident reads this log.
CREATE TABLE verification_check (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    application_id   BIGINT        NOT NULL,
    authorization_id BIGINT        NOT NULL,
    member_position  INT           NOT NULL,
    source           VARCHAR(32)   NOT NULL,
    purpose          VARCHAR(200)  NOT NULL,
    monthly_income   DECIMAL(12,2) NULL,
    assets           DECIMAL(14,2) NULL,
    finding          VARCHAR(500)  NULL,
    checked_by       BIGINT        NOT NULL,
    office_region    CHAR(12)      NOT NULL,
    checked_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX idx_check_application (application_id, checked_at),
    CONSTRAINT fk_check_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_check_authorization FOREIGN KEY (authorization_id) REFERENCES verification_authorization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The household's verified figures; valid (and shared between departments) until valid_until.
CREATE TABLE verification_result (
    application_id        BIGINT        NOT NULL,
    monthly_income        DECIMAL(12,2) NOT NULL,
    financial_assets      DECIMAL(14,2) NOT NULL,
    non_essential_vehicle BOOLEAN       NOT NULL,
    second_home           BOOLEAN       NOT NULL,
    note                  VARCHAR(500)  NULL,
    completed_by          BIGINT        NOT NULL,
    completed_at          DATETIME(6)   NOT NULL,
    valid_until           DATE          NOT NULL,
    PRIMARY KEY (application_id),
    CONSTRAINT fk_result_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE home_visit (
    application_id      BIGINT        NOT NULL,
    visited_on          DATE          NOT NULL,
    visitors            VARCHAR(200)  NOT NULL,
    findings            VARCHAR(2000) NOT NULL,
    matches_declaration BOOLEAN       NOT NULL,
    recorded_by         BIGINT        NOT NULL,
    recorded_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (application_id),
    CONSTRAINT fk_visit_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Re-recorded when a township holds the appraisal again: the latest row counts.
CREATE TABLE democratic_appraisal (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    application_id BIGINT        NOT NULL,
    held_on        DATE          NOT NULL,
    participants   INT           NOT NULL,
    in_favour      INT           NOT NULL,
    against        INT           NOT NULL,
    note           VARCHAR(1000) NULL,
    recorded_by    BIGINT        NOT NULL,
    recorded_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX idx_appraisal_application (application_id, id),
    CONSTRAINT fk_appraisal_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The public listing: only what the public list shows (a masked name, the village, the proposal), copied at posting.
CREATE TABLE publicity (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    application_id BIGINT        NOT NULL,
    region_code    CHAR(12)      NOT NULL,
    masked_name    VARCHAR(64)   NOT NULL,
    household_size INT           NOT NULL,
    categories     VARCHAR(200)  NOT NULL,
    monthly_amount DECIMAL(12,2) NULL,
    starts_on      DATE          NOT NULL,
    ends_on        DATE          NOT NULL,
    posted_by      BIGINT        NOT NULL,
    posted_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_publicity_application (application_id),
    INDEX idx_publicity_period (ends_on, starts_on),
    CONSTRAINT fk_publicity_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_publicity_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE publicity_objection (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    publicity_id      BIGINT        NOT NULL,
    text              VARCHAR(1000) NOT NULL,
    contact_name      VARCHAR(64)   NULL,
    contact_phone_enc VARBINARY(160) NULL,
    received_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX idx_objection_publicity (publicity_id),
    CONSTRAINT fk_objection_publicity FOREIGN KEY (publicity_id) REFERENCES publicity (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The county's decision with the figures it was computed from, so the arithmetic can be shown as decided.
CREATE TABLE application_decision (
    application_id    BIGINT        NOT NULL,
    outcome           VARCHAR(16)   NOT NULL,
    categories        VARCHAR(200)  NOT NULL,
    dibao_standard    DECIMAL(12,2) NULL,
    household_members INT           NULL,
    household_income  DECIMAL(12,2) NULL,
    dibao_amount      DECIMAL(12,2) NULL,
    support_amount    DECIMAL(12,2) NULL,
    payment_from      DATE          NULL,
    reasons           VARCHAR(1000) NULL,
    settings_version  BIGINT        NULL,
    decided_by        BIGINT        NOT NULL,
    decided_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (application_id),
    INDEX idx_decision_outcome (outcome, decided_at),
    CONSTRAINT fk_decision_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each approved member's highest category and the in-patient medical-aid ratio that follows (Hubei, 就高).
CREATE TABLE member_aid (
    application_id  BIGINT      NOT NULL,
    member_position INT         NOT NULL,
    category        VARCHAR(24) NOT NULL,
    medical_ratio   INT         NULL,
    PRIMARY KEY (application_id, member_position),
    CONSTRAINT fk_member_aid_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 一户一条救助链: every aid a household receives, from any office, keyed by the household head's person index.
CREATE TABLE assistance_chain (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    household_bidx BINARY(32)    NOT NULL,
    application_id BIGINT        NULL,
    region_code    CHAR(12)      NOT NULL,
    kind           VARCHAR(24)   NOT NULL,
    categories     VARCHAR(200)  NOT NULL DEFAULT '',
    monthly_amount DECIMAL(12,2) NULL,
    one_off_amount DECIMAL(12,2) NULL,
    summary        VARCHAR(500)  NULL,
    occurred_on    DATE          NOT NULL,
    recorded_by    BIGINT        NOT NULL,
    recorded_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX idx_chain_household (household_bidx, occurred_on),
    INDEX idx_chain_application (application_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The notification outbox: in-app now; delivered_at is for a later SMS gateway.
CREATE TABLE notification (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    account_id   BIGINT       NOT NULL,
    channel      VARCHAR(8)   NOT NULL,
    message_key  VARCHAR(100) NOT NULL,
    argument     VARCHAR(200) NULL,
    link         VARCHAR(200) NULL,
    created_at   DATETIME(6)  NOT NULL,
    read_at      DATETIME(6)  NULL,
    delivered_at DATETIME(6)  NULL,
    PRIMARY KEY (id),
    INDEX idx_notification_account (account_id, id),
    CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
