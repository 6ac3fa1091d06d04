-- Charity organizations are registered and verified by the matching area; accounts only need to belong to one.
CREATE TABLE charity_organization (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(128) NOT NULL,
    region_code CHAR(12)     NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_charity_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ID and phone numbers are SM4-GCM ciphertexts; the *_bidx columns are keyed HMAC-SM3 blind indexes
-- used for uniqueness and lookup, so no plaintext ever reaches this table.
CREATE TABLE account (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    role                VARCHAR(32)  NOT NULL,
    username            VARCHAR(64)  NULL,
    display_name        VARCHAR(64)  NOT NULL,
    id_number_enc       VARBINARY(160) NULL,
    id_number_bidx      BINARY(32)   NULL,
    phone_enc           VARBINARY(128) NULL,
    phone_bidx          BINARY(32)   NULL,
    password_hash       VARCHAR(255) NOT NULL,
    region_code         CHAR(12)     NOT NULL,
    department          VARCHAR(32)  NULL,
    organization_id     BIGINT       NULL,
    status              VARCHAR(16)  NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    created_by          BIGINT       NULL,
    password_changed_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_account_username (username),
    UNIQUE KEY uk_account_id_number (id_number_bidx),
    UNIQUE KEY uk_account_phone (phone_bidx),
    INDEX idx_account_region_role (region_code, role),
    CONSTRAINT fk_account_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_account_organization FOREIGN KEY (organization_id) REFERENCES charity_organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failures are counted per submitted login name (as a blind index), whether or not an account exists,
-- so the answer never reveals which names are registered.
CREATE TABLE login_throttle (
    login_key       BINARY(32)  NOT NULL,
    failures        INT         NOT NULL,
    last_failure_at DATETIME(6) NOT NULL,
    locked_until    DATETIME(6) NULL,
    PRIMARY KEY (login_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per login; the token carries the id, and a token whose row is revoked or idle is refused.
CREATE TABLE account_session (
    id           CHAR(32)    NOT NULL,
    account_id   BIGINT      NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    last_seen_at DATETIME(6) NOT NULL,
    revoked_at   DATETIME(6) NULL,
    PRIMARY KEY (id),
    INDEX idx_session_account (account_id),
    CONSTRAINT fk_session_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
