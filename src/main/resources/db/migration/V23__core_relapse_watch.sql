-- Poverty-relapse watch (防止返贫监测对象, DOMAIN §1): identified by the agriculture/rural department and arriving by
-- its list. Each person on a relapse-watch list becomes a watched member of the low-income population, by person
-- index, with the region and the day the department identified them; a later list updates the row.
CREATE TABLE relapse_watch (
    person_bidx   BINARY(32)  NOT NULL,
    region_code   CHAR(12)    NOT NULL,
    identified_on DATE        NULL,
    source_batch  BIGINT      NOT NULL,
    seen_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (person_bidx),
    INDEX idx_relapse_region (region_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
