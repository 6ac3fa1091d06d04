-- Keys with which a department's own system hands its lists over through the API. Only a keyed hash of the key is
-- kept (the key is shown once, when made); the prefix tells keys apart on the page. A key acts for its department in
-- its region, as the staff member who made it; revoked keys stay for the record.
CREATE TABLE exchange_api_key (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    department   VARCHAR(32) NOT NULL,
    region_code  CHAR(12)    NOT NULL,
    label        VARCHAR(64) NOT NULL,
    key_prefix   CHAR(8)     NOT NULL,
    key_hash     BINARY(32)  NOT NULL,
    created_by   BIGINT      NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    revoked_by   BIGINT      NULL,
    revoked_at   DATETIME(6) NULL,
    last_used_at DATETIME(6) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_api_key_hash (key_hash),
    INDEX idx_api_key_department (department, region_code),
    CONSTRAINT fk_api_key_creator FOREIGN KEY (created_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
