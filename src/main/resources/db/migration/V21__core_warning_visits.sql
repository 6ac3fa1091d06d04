-- Home visits (线下核实) a village officer or caseworker records against a warning, or against a household of their
-- region (by its application). What was found is encrypted (it may describe health or income). A visit may close the
-- warning it checked, or raise a warning of its own (raised_warning_id).
CREATE TABLE warning_visit (
    id                BIGINT          NOT NULL AUTO_INCREMENT,
    warning_id        BIGINT          NULL,
    application_id    BIGINT          NULL,
    region_code       CHAR(12)        NOT NULL,
    visited_on        DATE            NOT NULL,
    visitors          VARCHAR(200)    NOT NULL,
    findings_enc      VARBINARY(4096) NOT NULL,
    finding           VARCHAR(16)     NOT NULL,
    raised_warning_id BIGINT          NULL,
    recorded_by       BIGINT          NOT NULL,
    recorded_at       DATETIME(6)     NOT NULL,
    PRIMARY KEY (id),
    INDEX idx_visit_warning (warning_id),
    INDEX idx_visit_application (application_id),
    CONSTRAINT fk_visit_warning FOREIGN KEY (warning_id) REFERENCES warning (id),
    CONSTRAINT fk_visit_raised FOREIGN KEY (raised_warning_id) REFERENCES warning (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
