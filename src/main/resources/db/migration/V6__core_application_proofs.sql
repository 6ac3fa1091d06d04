-- Proofs uploaded for an application. Files live outside the web root under random names; a row is written only
-- after its file is durably in place, and a sweeper removes files that never got a row.
CREATE TABLE application_proof (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    application_id BIGINT       NOT NULL,
    stored_name    CHAR(32)     NOT NULL,
    original_name  VARCHAR(120) NOT NULL,
    media_type     VARCHAR(32)  NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    kind           VARCHAR(24)  NOT NULL,
    uploaded_by    BIGINT       NOT NULL,
    uploaded_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_proof_stored_name (stored_name),
    INDEX idx_proof_application (application_id),
    CONSTRAINT fk_proof_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
