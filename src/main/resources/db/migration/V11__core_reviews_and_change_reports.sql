-- Later reviews of households receiving aid (continue, taper, exit) and the changes residents report themselves.
CREATE TABLE application_review (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    application_id BIGINT        NOT NULL,
    outcome        VARCHAR(16)   NOT NULL,
    reason         VARCHAR(1000) NULL,
    taper_until    DATE          NULL,
    reviewed_by    BIGINT        NOT NULL,
    reviewed_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX idx_review_application (application_id, id),
    INDEX idx_review_outcome (outcome, reviewed_at),
    CONSTRAINT fk_review_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE change_report (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    application_id BIGINT        NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    description    VARCHAR(1000) NOT NULL,
    reported_by    BIGINT        NOT NULL,
    reported_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX idx_change_application (application_id, id),
    CONSTRAINT fk_change_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
