-- Append-only audit trail. Each row's hash is an HMAC over its content and the previous row's hash;
-- audit_head holds the chain's end and is locked while a row is appended, which keeps the chain linear.
CREATE TABLE audit_entry (
    id          BIGINT       NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    actor_id    BIGINT       NULL,
    actor_role  VARCHAR(32)  NULL,
    action      VARCHAR(64)  NOT NULL,
    record_type VARCHAR(64)  NULL,
    record_id   VARCHAR(64)  NULL,
    result      VARCHAR(16)  NOT NULL,
    ip          VARCHAR(64)  NULL,
    detail      VARCHAR(500) NULL,
    prev_hash   CHAR(64)     NOT NULL,
    hash        CHAR(64)     NOT NULL,
    PRIMARY KEY (id),
    INDEX idx_audit_actor (actor_id, occurred_at),
    INDEX idx_audit_record (record_type, record_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_head (
    id        TINYINT  NOT NULL,
    last_id   BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
