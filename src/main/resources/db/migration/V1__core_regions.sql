-- Administrative divisions (GB/T 2260 for province/city/county, 12-digit statistical codes below).
-- A code's significant prefix identifies the division and everything beneath it: region scope is a prefix match.
CREATE TABLE region (
    code           CHAR(12)    NOT NULL,
    parent_code    CHAR(12)    NULL,
    name           VARCHAR(64) NOT NULL,
    division_level VARCHAR(16) NOT NULL,
    demo           BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (code),
    CONSTRAINT fk_region_parent FOREIGN KEY (parent_code) REFERENCES region (code),
    INDEX idx_region_parent (parent_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
