-- One application covers every category and special aid for a household. Drafts are saved step by step; a
-- submission carries a one-time form token so a double click makes one application.
CREATE TABLE application (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    applicant_account_id  BIGINT        NOT NULL,
    region_code           CHAR(12)      NOT NULL,
    urban                 BOOLEAN       NOT NULL DEFAULT FALSE,
    status                VARCHAR(24)   NOT NULL,
    steps_done            VARCHAR(64)   NOT NULL DEFAULT '',
    work_costs            DECIMAL(12,2) NOT NULL DEFAULT 0,
    financial_assets      DECIMAL(14,2) NOT NULL DEFAULT 0,
    non_essential_vehicle BOOLEAN       NOT NULL DEFAULT FALSE,
    second_home           BOOLEAN       NOT NULL DEFAULT FALSE,
    housing               VARCHAR(16)   NOT NULL DEFAULT 'ADEQUATE',
    disaster_affected     BOOLEAN       NOT NULL DEFAULT FALSE,
    sudden_hardship       BOOLEAN       NOT NULL DEFAULT FALSE,
    hardship              VARCHAR(2000) NULL,
    requested_aids        VARCHAR(200)  NOT NULL DEFAULT '',
    bank_name             VARCHAR(64)   NULL,
    bank_account_enc      VARBINARY(160) NULL,
    submission_token      CHAR(32)      NULL,
    pledged_at            DATETIME(6)   NULL,
    submitted_at          DATETIME(6)   NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_application_submission (submission_token),
    INDEX idx_application_applicant (applicant_account_id, status),
    INDEX idx_application_region_status (region_code, status),
    CONSTRAINT fk_application_account FOREIGN KEY (applicant_account_id) REFERENCES account (id),
    CONSTRAINT fk_application_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Members: ID numbers encrypted with a blind index, like accounts.
CREATE TABLE application_member (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    application_id   BIGINT       NOT NULL,
    position         INT          NOT NULL,
    name             VARCHAR(64)  NOT NULL,
    id_number_enc    VARBINARY(160) NOT NULL,
    id_number_bidx   BINARY(32)   NOT NULL,
    relationship     VARCHAR(16)  NOT NULL,
    disability       VARCHAR(16)  NOT NULL,
    disability_grade INT          NOT NULL,
    seriously_ill    BOOLEAN      NOT NULL,
    student          BOOLEAN      NOT NULL,
    employment       VARCHAR(16)  NOT NULL,
    able_supporter   BOOLEAN      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_member_position (application_id, position),
    UNIQUE KEY uk_member_person (application_id, id_number_bidx),
    INDEX idx_member_person (id_number_bidx),
    CONSTRAINT fk_member_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE application_money (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    application_id BIGINT        NOT NULL,
    flow           VARCHAR(8)    NOT NULL,
    kind           VARCHAR(24)   NOT NULL,
    amount         DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (id),
    INDEX idx_money_application (application_id),
    CONSTRAINT fk_money_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "One person, one record": a row per person in an open (submitted, not ended) application. The primary key
-- refuses a second open application for the same person, even from two households at once.
CREATE TABLE person_record (
    id_number_bidx BINARY(32) NOT NULL,
    application_id BIGINT     NOT NULL,
    PRIMARY KEY (id_number_bidx),
    INDEX idx_person_application (application_id),
    CONSTRAINT fk_person_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every stage an application goes through, with the office, the deadline and the note the resident reads.
CREATE TABLE application_event (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    application_id   BIGINT       NOT NULL,
    occurred_at      DATETIME(6)  NOT NULL,
    status           VARCHAR(24)  NOT NULL,
    actor_id         BIGINT       NULL,
    office_region    CHAR(12)     NULL,
    note_to_resident VARCHAR(500) NULL,
    deadline         DATE         NULL,
    PRIMARY KEY (id),
    INDEX idx_event_application (application_id, occurred_at),
    CONSTRAINT fk_event_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
