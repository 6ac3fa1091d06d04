-- Early warnings (监测预警, DOMAIN §3.8) raised by comparing department lists with the low-income database. A warning
-- names one person (by the province-wide person index) and, when the person is in the database, the household head.
-- open_cause holds the rule while the warning is open and NULL once it is closed, so the unique key lets the same
-- cause on the same person open one warning at a time and any number of closed ones. What identifies or describes
-- the person (ID number, name, the reasons with the list's facts) is encrypted.
CREATE TABLE warning (
    id              BIGINT          NOT NULL AUTO_INCREMENT,
    rule_id         VARCHAR(24)     NOT NULL,
    kind            VARCHAR(24)     NOT NULL,
    level           VARCHAR(8)      NOT NULL,
    department      VARCHAR(32)     NOT NULL,
    person_bidx     BINARY(32)      NOT NULL,
    household_bidx  BINARY(32)      NULL,
    application_id  BIGINT          NULL,
    region_code     CHAR(12)        NOT NULL,
    id_number_enc   VARBINARY(160)  NOT NULL,
    name_enc        VARBINARY(160)  NOT NULL,
    reasons_enc     VARBINARY(4096) NOT NULL,
    source_batch    BIGINT          NULL,
    last_seen_batch BIGINT          NULL,
    status          VARCHAR(12)     NOT NULL,
    open_cause      VARCHAR(24)     NULL,
    outcome         VARCHAR(16)     NULL,
    outcome_note    VARCHAR(500)    NULL,
    raised_at       DATETIME(6)     NOT NULL,
    closed_by       BIGINT          NULL,
    closed_at       DATETIME(6)     NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_warning_open (person_bidx, open_cause),
    INDEX idx_warning_region (status, region_code),
    INDEX idx_warning_household (household_bidx, status),
    INDEX idx_warning_department (department, status, region_code),
    INDEX idx_warning_rule (rule_id, outcome)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A rule a supervisor switched off (or on again). No row: the rule runs.
CREATE TABLE warning_rule_switch (
    rule_id    VARCHAR(24) NOT NULL,
    enabled    BOOLEAN     NOT NULL,
    changed_by BIGINT      NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (rule_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
