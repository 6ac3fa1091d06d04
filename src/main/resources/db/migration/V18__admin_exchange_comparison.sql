-- After its rows are imported a list is compared, a chunk of lines at a time: compared_line is where a comparison
-- taken over after a crash goes on from, and each chunk's warnings commit with it.
ALTER TABLE exchange_batch
    ADD COLUMN compared_line   INT    NOT NULL DEFAULT 0,
    ADD COLUMN compared_rows   BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN warnings_raised BIGINT NOT NULL DEFAULT 0;
