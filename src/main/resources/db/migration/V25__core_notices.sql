-- Notices (政策公告): written by supervisors in Markdown, for the regions they target, published at a set time and
-- hidden after their expiry or when withdrawn. Every edit keeps the text it replaced as a revision. Public text: no
-- personal data, nothing encrypted.
CREATE TABLE notice (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    category     VARCHAR(24)   NOT NULL,
    title        VARCHAR(120)  NOT NULL,
    body         TEXT          NOT NULL,
    publish_at   DATETIME(6)   NOT NULL,
    expires_on   DATE          NULL,
    revision     INT           NOT NULL,
    author_region CHAR(12)     NOT NULL,
    created_by   BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_by   BIGINT        NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    withdrawn_at DATETIME(6)   NULL,
    PRIMARY KEY (id),
    INDEX idx_notice_public (withdrawn_at, publish_at),
    INDEX idx_notice_author (author_region, updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The regions a notice is for; scope_pattern is the region's own LIKE pattern, so that a reader in a village finds
-- the notices of its township, county and province as well as its own.
CREATE TABLE notice_region (
    notice_id     BIGINT      NOT NULL,
    region_code   CHAR(12)    NOT NULL,
    scope_pattern VARCHAR(13) NOT NULL,
    PRIMARY KEY (notice_id, region_code),
    INDEX idx_notice_region (region_code),
    CONSTRAINT fk_notice_region FOREIGN KEY (notice_id) REFERENCES notice (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A notice as it was before each edit (revision 1 is the first text).
CREATE TABLE notice_revision (
    notice_id  BIGINT       NOT NULL,
    revision   INT          NOT NULL,
    category   VARCHAR(24)  NOT NULL,
    title      VARCHAR(120) NOT NULL,
    body       TEXT         NOT NULL,
    edited_by  BIGINT       NOT NULL,
    edited_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (notice_id, revision),
    CONSTRAINT fk_notice_revision FOREIGN KEY (notice_id) REFERENCES notice (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Files attached to a notice (PDF, JPEG, PNG, recognised from their first bytes), stored under random names outside
-- the web root; a removed attachment keeps its row for the record and loses its file.
CREATE TABLE notice_attachment (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    notice_id     BIGINT       NOT NULL,
    stored_name   VARCHAR(64)  NOT NULL,
    original_name VARCHAR(120) NOT NULL,
    media_type    VARCHAR(40)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    added_by      BIGINT       NOT NULL,
    added_at      DATETIME(6)  NOT NULL,
    removed_at    DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_notice_attachment_file (stored_name),
    INDEX idx_notice_attachment (notice_id),
    CONSTRAINT fk_notice_attachment FOREIGN KEY (notice_id) REFERENCES notice (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
