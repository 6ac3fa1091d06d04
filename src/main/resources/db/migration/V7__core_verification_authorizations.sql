-- Each member's signed consent to have income and assets checked (家庭经济状况核对授权), with the exact consent text
-- (by its SHA-256), the sources it covers, when, from where, until when; revocable until verification starts.
CREATE TABLE verification_authorization (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    application_id  BIGINT       NOT NULL,
    member_position INT          NOT NULL,
    by_guardian     BOOLEAN      NOT NULL,
    sources         VARCHAR(200) NOT NULL,
    consent_sha256  CHAR(64)     NOT NULL,
    signed_by       BIGINT       NOT NULL,
    signed_at       DATETIME(6)  NOT NULL,
    signed_ip       VARCHAR(64)  NULL,
    expires_on      DATE         NOT NULL,
    revoked_at      DATETIME(6)  NULL,
    PRIMARY KEY (id),
    INDEX idx_authorization_application (application_id, member_position),
    CONSTRAINT fk_authorization_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
