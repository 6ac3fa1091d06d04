-- Lists departments hand over for cross-comparison (数据交换): one batch per uploaded file or API call. A batch is
-- imported by one node at a time (worker, heartbeat_at); a batch whose worker stopped beating is taken over and
-- imported again from the start, so its rows are never half applied. dedupe_sha256 is the file's SHA-256 while the
-- batch stands (NULL once it failed), so the same file is never applied twice.
CREATE TABLE exchange_batch (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    department    VARCHAR(32)  NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    channel       VARCHAR(8)   NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    file_format   VARCHAR(8)   NOT NULL,
    stored_name   CHAR(32)     NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    dedupe_sha256 CHAR(64)     NULL,
    status        VARCHAR(16)  NOT NULL,
    region_code   CHAR(12)     NOT NULL,
    uploaded_by   BIGINT       NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    started_at    DATETIME(6)  NULL,
    finished_at   DATETIME(6)  NULL,
    worker        VARCHAR(64)  NULL,
    heartbeat_at  DATETIME(6)  NULL,
    attempts      INT          NOT NULL DEFAULT 0,
    permille      INT          NOT NULL DEFAULT 0,
    rows_done     BIGINT       NOT NULL DEFAULT 0,
    rows_accepted BIGINT       NOT NULL DEFAULT 0,
    rows_rejected BIGINT       NOT NULL DEFAULT 0,
    failure       VARCHAR(100) NULL,
    failure_detail VARCHAR(500) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_exchange_file (department, kind, dedupe_sha256),
    INDEX idx_exchange_status (status, id),
    INDEX idx_exchange_department (department, uploaded_at),
    CONSTRAINT fk_exchange_uploader FOREIGN KEY (uploaded_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An accepted row: the person by the province-wide person index, the ID number and name encrypted, the kind's other
-- columns (disability, illness, money: sensitive) as encrypted JSON.
CREATE TABLE exchange_record (
    batch_id      BIGINT         NOT NULL,
    line          INT            NOT NULL,
    person_bidx   BINARY(32)     NOT NULL,
    id_number_enc VARBINARY(160) NOT NULL,
    name_enc      VARBINARY(160) NOT NULL,
    region_code   CHAR(12)       NULL,
    facts_enc     VARBINARY(2048) NULL,
    PRIMARY KEY (batch_id, line),
    INDEX idx_exchange_record_person (person_bidx),
    CONSTRAINT fk_exchange_record_batch FOREIGN KEY (batch_id) REFERENCES exchange_batch (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Why a row was refused, field by field: the line number and a message key, never the value itself.
CREATE TABLE exchange_rejection (
    batch_id BIGINT      NOT NULL,
    line     INT         NOT NULL,
    field    VARCHAR(32) NOT NULL,
    reason   VARCHAR(64) NOT NULL,
    PRIMARY KEY (batch_id, line, field),
    CONSTRAINT fk_exchange_rejection_batch FOREIGN KEY (batch_id) REFERENCES exchange_batch (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
