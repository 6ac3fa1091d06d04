-- The county case conference (一事一议, DOMAIN §3.8 e): complex-case warnings put on an agenda, the participants, and
-- per warning the decision and the follow-up action (a department, a due day), which is sent as a referral. A warning
-- stands on one agenda at most. Decisions and follow-ups may describe health or money, so they are encrypted.
CREATE TABLE case_conference (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    region_code  CHAR(12)      NOT NULL,
    held_on      DATE          NOT NULL,
    place        VARCHAR(200)  NOT NULL,
    participants VARCHAR(1000) NOT NULL,
    status       VARCHAR(12)   NOT NULL,
    created_by   BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX idx_conference_region (region_code, held_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE conference_item (
    conference_id BIGINT          NOT NULL,
    warning_id    BIGINT          NOT NULL,
    position      INT             NOT NULL,
    decision_enc  VARBINARY(4096) NULL,
    follow_up_enc VARBINARY(4096) NULL,
    follow_up_department VARCHAR(32) NULL,
    follow_up_due DATE            NULL,
    referral_id   BIGINT          NULL,
    decided_by    BIGINT          NULL,
    decided_at    DATETIME(6)     NULL,
    PRIMARY KEY (conference_id, warning_id),
    UNIQUE KEY uk_conference_warning (warning_id),
    CONSTRAINT fk_item_conference FOREIGN KEY (conference_id) REFERENCES case_conference (id),
    CONSTRAINT fk_item_warning FOREIGN KEY (warning_id) REFERENCES warning (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
