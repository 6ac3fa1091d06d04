-- Village centres, so volunteer services can be matched by distance. Only a village-level point is ever used for
-- a need: never a household's address.
ALTER TABLE region
    ADD COLUMN latitude  DECIMAL(9, 6) NULL,
    ADD COLUMN longitude DECIMAL(9, 6) NULL;

-- Registration and verification of charities. Organizations created before registration existed were made by an
-- administrator and count as verified.
ALTER TABLE charity_organization
    ADD COLUMN credit_code       CHAR(18)       NULL,
    ADD COLUMN contact_name      VARCHAR(32)    NULL,
    ADD COLUMN contact_phone_enc VARBINARY(128) NULL,
    ADD COLUMN introduction      VARCHAR(1000)  NULL,
    ADD COLUMN status            VARCHAR(16)    NOT NULL DEFAULT 'PENDING',
    ADD COLUMN decided_by        BIGINT         NULL,
    ADD COLUMN decided_at        DATETIME(6)    NULL,
    ADD COLUMN decision_reason   VARCHAR(500)   NULL,
    ADD COLUMN version           BIGINT         NOT NULL DEFAULT 0,
    ADD UNIQUE KEY uk_charity_credit_code (credit_code),
    ADD INDEX idx_charity_status (status, region_code);
UPDATE charity_organization SET status = 'VERIFIED';

CREATE TABLE charity_served_region (
    organization_id BIGINT   NOT NULL,
    region_code     CHAR(12) NOT NULL,
    PRIMARY KEY (organization_id, region_code),
    CONSTRAINT fk_served_organization FOREIGN KEY (organization_id) REFERENCES charity_organization (id),
    CONSTRAINT fk_served_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The registration certificate lives in the database: one small file per organization, committed with its row.
CREATE TABLE charity_certificate (
    organization_id BIGINT      NOT NULL,
    media_type      VARCHAR(32) NOT NULL,
    size_bytes      INT         NOT NULL,
    sha256          CHAR(64)    NOT NULL,
    content         MEDIUMBLOB  NOT NULL,
    uploaded_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (organization_id),
    CONSTRAINT fk_certificate_organization FOREIGN KEY (organization_id) REFERENCES charity_organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Charity projects (regions served) and volunteer services (a base point and a radius, weekly time slots).
-- For a volunteer service capacity is per slot and remaining is the sum over its slots.
CREATE TABLE offer (
    id                     BIGINT         NOT NULL AUTO_INCREMENT,
    organization_id        BIGINT         NOT NULL,
    kind                   VARCHAR(16)    NOT NULL,
    title                  VARCHAR(60)    NOT NULL,
    description            VARCHAR(2000)  NOT NULL,
    aid_kind               VARCHAR(16)    NOT NULL,
    target_groups          VARCHAR(200)   NOT NULL DEFAULT '',
    amount_per_beneficiary DECIMAL(12, 2) NULL,
    goods                  VARCHAR(200)   NULL,
    budget                 DECIMAL(14, 2) NULL,
    skills                 VARCHAR(200)   NULL,
    base_region_code       CHAR(12)       NULL,
    latitude               DECIMAL(9, 6)  NULL,
    longitude              DECIMAL(9, 6)  NULL,
    radius_km              INT            NULL,
    capacity               INT            NOT NULL,
    remaining              INT            NOT NULL,
    starts_on              DATE           NOT NULL,
    ends_on                DATE           NOT NULL,
    status                 VARCHAR(16)    NOT NULL,
    created_by             BIGINT         NOT NULL,
    created_at             DATETIME(6)    NOT NULL,
    updated_at             DATETIME(6)    NOT NULL,
    version                BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX idx_offer_organization (organization_id, status),
    CONSTRAINT fk_offer_organization FOREIGN KEY (organization_id) REFERENCES charity_organization (id),
    CONSTRAINT ck_offer_remaining CHECK (remaining >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE offer_region (
    offer_id    BIGINT   NOT NULL,
    region_code CHAR(12) NOT NULL,
    PRIMARY KEY (offer_id, region_code),
    CONSTRAINT fk_offer_region_offer FOREIGN KEY (offer_id) REFERENCES offer (id),
    CONSTRAINT fk_offer_region_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- weekday 1 (Monday) to 7, part MORNING, AFTERNOON or EVENING.
CREATE TABLE offer_slot (
    offer_id  BIGINT      NOT NULL,
    weekday   TINYINT     NOT NULL,
    part      VARCHAR(16) NOT NULL,
    remaining INT         NOT NULL,
    PRIMARY KEY (offer_id, weekday, part),
    CONSTRAINT fk_offer_slot_offer FOREIGN KEY (offer_id) REFERENCES offer (id),
    CONSTRAINT ck_offer_slot_remaining CHECK (remaining >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A need shared with charities under the resident's separate consent. household_bidx is the head's person blind
-- index (the assistance chain's key); text is already de-identified and is exactly what charities read.
CREATE TABLE need (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    household_bidx  BINARY(32)    NOT NULL,
    account_id      BIGINT        NOT NULL,
    application_id  BIGINT        NULL,
    region_code     CHAR(12)      NOT NULL,
    aid_kind        VARCHAR(16)   NOT NULL,
    target_groups   VARCHAR(200)  NOT NULL DEFAULT '',
    age_band        VARCHAR(16)   NOT NULL,
    text            VARCHAR(1000) NOT NULL,
    urgency         TINYINT       NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    consented_at    DATETIME(6)   NOT NULL,
    revoked_at      DATETIME(6)   NULL,
    created_by      BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX idx_need_account (account_id, status),
    INDEX idx_need_region (region_code, status),
    CONSTRAINT fk_need_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_need_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The search outbox: a change to an offer or a need commits with a row here; every node's indexer applies rows in
-- id order from its own position (kept in its index commit and mirrored in search_node).
CREATE TABLE search_outbox (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    side       VARCHAR(8)  NOT NULL,
    entity_id  BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    INDEX idx_search_outbox_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE search_node (
    node     VARCHAR(64) NOT NULL,
    position BIGINT      NOT NULL,
    seen_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (node)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One random id per database: an index built from another database (a reset demo, a restored backup) is stale.
CREATE TABLE search_database (
    id          TINYINT  NOT NULL,
    instance_id CHAR(32) NOT NULL,
    pruned_to   BIGINT   NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO search_database (id, instance_id) VALUES (1, REPLACE(UUID(), '-', ''));
