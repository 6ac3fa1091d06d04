-- A charity's proposal to serve one shared need with one offer, and what became of it (对接). (offer_id, need_id) is
-- unique whatever the first link's outcome: the same offer is never linked to the same need twice.
-- The contact columns hold what the resident released to this organization on accepting, encrypted; they are
-- cleared once the pairing is delivered or cancelled, when the organization no longer needs them.
CREATE TABLE pairing (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    offer_id          BIGINT         NOT NULL,
    need_id           BIGINT         NOT NULL,
    organization_id   BIGINT         NOT NULL,
    region_code       CHAR(12)       NOT NULL,
    slot_weekday      TINYINT        NULL,
    slot_part         VARCHAR(16)    NULL,
    message           VARCHAR(500)   NOT NULL DEFAULT '',
    status            VARCHAR(16)    NOT NULL,
    proposed_by       BIGINT         NOT NULL,
    proposed_at       DATETIME(6)    NOT NULL,
    answered_by       BIGINT         NULL,
    answered_role     VARCHAR(16)    NULL,
    answered_at       DATETIME(6)    NULL,
    answer_note       VARCHAR(500)   NULL,
    contact_name_enc  VARBINARY(256) NULL,
    contact_phone_enc VARBINARY(128) NULL,
    delivered_amount  DECIMAL(12, 2) NULL,
    delivered_goods   VARCHAR(200)   NULL,
    delivered_hours   DECIMAL(6, 1)  NULL,
    delivered_on      DATE           NULL,
    delivered_by      BIGINT         NULL,
    closed_at         DATETIME(6)    NULL,
    version           BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_pairing_offer_need (offer_id, need_id),
    INDEX idx_pairing_need (need_id, status),
    INDEX idx_pairing_region (region_code, status),
    INDEX idx_pairing_organization (organization_id, status),
    CONSTRAINT fk_pairing_offer FOREIGN KEY (offer_id) REFERENCES offer (id),
    CONSTRAINT fk_pairing_need FOREIGN KEY (need_id) REFERENCES need (id),
    CONSTRAINT fk_pairing_organization FOREIGN KEY (organization_id) REFERENCES charity_organization (id),
    CONSTRAINT ck_pairing_delivery CHECK (status <> 'DELIVERED' OR delivered_on IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Aid that is not a category (charity aid) names its kind of aid (MEDICAL, EDUCATION...): a household's latest aid of
-- one kind is what ranks it after households never served, and is found through the index.
ALTER TABLE assistance_chain
    ADD COLUMN aid_kind VARCHAR(16) NULL,
    ADD INDEX idx_chain_household_aid (household_bidx, aid_kind, occurred_on);
