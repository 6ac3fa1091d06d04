-- Emergency requests (急难): anyone may send one, with or without an account, from where the emergency happened.
-- The township of that place may pay a small amount at once (aid first) and completes the paperwork afterwards.
CREATE TABLE emergency_request (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    reference       CHAR(10)       NOT NULL,
    name            VARCHAR(64)    NOT NULL,
    phone_enc       VARBINARY(160) NOT NULL,
    region_code     CHAR(12)       NOT NULL,
    place           VARCHAR(200)   NOT NULL,
    what_happened   VARCHAR(2000)  NOT NULL,
    account_id      BIGINT         NULL,
    status          VARCHAR(16)    NOT NULL,
    received_at     DATETIME(6)    NOT NULL,
    id_number_enc   VARBINARY(160) NULL,
    aid_amount      DECIMAL(12,2)  NULL,
    aid_note        VARCHAR(500)   NULL,
    aided_by        BIGINT         NULL,
    aided_at        DATETIME(6)    NULL,
    closing_note    VARCHAR(1000)  NULL,
    closed_by       BIGINT         NULL,
    closed_at       DATETIME(6)    NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_emergency_reference (reference),
    INDEX idx_emergency_region_status (region_code, status, received_at),
    CONSTRAINT fk_emergency_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_emergency_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
