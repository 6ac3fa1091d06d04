-- Complaints and reports (投诉举报), online or taken on the hotline, handled after the 12345 practice: received,
-- dispatched to an office, signed for (the clock starts) or returned, handled, replied, followed up, closed.
-- An anonymous complaint keeps neither an account nor an address: only its tracking code and the Argon2id hash of
-- the query password the complainant chose. The caller's or complainant's phone is a ciphertext.
CREATE TABLE complaint (
    id                  BIGINT         NOT NULL AUTO_INCREMENT,
    tracking_code       CHAR(10)       NOT NULL,
    query_password_hash VARCHAR(255)   NULL,
    channel             VARCHAR(16)    NOT NULL,
    type                VARCHAR(24)    NOT NULL,
    region_code         CHAR(12)       NOT NULL,
    text                TEXT           NOT NULL,
    urgent              BOOLEAN        NOT NULL,
    wants_reply         BOOLEAN        NOT NULL,
    account_id          BIGINT         NULL,
    contact_name        VARCHAR(32)    NULL,
    contact_phone_enc   VARBINARY(160) NULL,
    call_at             DATETIME(6)    NULL,
    taken_by            BIGINT         NULL,
    subject_region      CHAR(12)       NULL,
    subject_department  VARCHAR(32)    NULL,
    subject_person      VARCHAR(32)    NULL,
    status              VARCHAR(16)    NOT NULL,
    office_region       CHAR(12)       NULL,
    office_department   VARCHAR(32)    NULL,
    received_at         DATETIME(6)    NOT NULL,
    dispatched_at       DATETIME(6)    NULL,
    signed_at           DATETIME(6)    NULL,
    due_on              DATE           NULL,
    reply               TEXT           NULL,
    replied_at          DATETIME(6)    NULL,
    reopened            BOOLEAN        NOT NULL DEFAULT FALSE,
    satisfaction        VARCHAR(24)    NULL,
    closed_at           DATETIME(6)    NULL,
    on_time             BOOLEAN        NULL,
    reminded_at         DATETIME(6)    NULL,
    escalated_at        DATETIME(6)    NULL,
    version             BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_complaint_tracking (tracking_code),
    INDEX idx_complaint_region (region_code, status),
    INDEX idx_complaint_office (office_region, office_department, status),
    INDEX idx_complaint_account (account_id),
    INDEX idx_complaint_due (status, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What happened to a complaint, in order; public rows are shown to the complainant as well.
CREATE TABLE complaint_event (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    complaint_id      BIGINT       NOT NULL,
    at                DATETIME(6)  NOT NULL,
    actor_id          BIGINT       NULL,
    kind              VARCHAR(24)  NOT NULL,
    office_region     CHAR(12)     NULL,
    office_department VARCHAR(32)  NULL,
    note              TEXT         NULL,
    shown_to_complainant BOOLEAN   NOT NULL,
    PRIMARY KEY (id),
    INDEX idx_complaint_event (complaint_id, id),
    CONSTRAINT fk_complaint_event FOREIGN KEY (complaint_id) REFERENCES complaint (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Evidence the complainant uploaded: PDF, JPEG or PNG stored outside the web root under a random name.
CREATE TABLE complaint_evidence (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    complaint_id  BIGINT       NOT NULL,
    stored_name   CHAR(32)     NOT NULL,
    original_name VARCHAR(100) NOT NULL,
    media_type    VARCHAR(40)  NOT NULL,
    size          BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    added_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_complaint_evidence_file (stored_name),
    INDEX idx_complaint_evidence (complaint_id),
    CONSTRAINT fk_complaint_evidence FOREIGN KEY (complaint_id) REFERENCES complaint (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Extensions asked by the handling office; a supervisor approves (the deadline moves) or refuses.
CREATE TABLE complaint_extension (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    complaint_id  BIGINT       NOT NULL,
    days          INT          NOT NULL,
    reason        TEXT         NOT NULL,
    requested_by  BIGINT       NOT NULL,
    requested_at  DATETIME(6)  NOT NULL,
    state         VARCHAR(16)  NOT NULL,
    decided_by    BIGINT       NULL,
    decided_at    DATETIME(6)  NULL,
    decision_note TEXT         NULL,
    PRIMARY KEY (id),
    INDEX idx_complaint_extension (complaint_id, state),
    CONSTRAINT fk_complaint_extension FOREIGN KEY (complaint_id) REFERENCES complaint (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
