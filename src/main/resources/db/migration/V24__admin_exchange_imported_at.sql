-- When a list's rows were all read, so its page (and the benchmark) can tell the import's pace from the comparison's.
ALTER TABLE exchange_batch ADD COLUMN imported_at DATETIME(6) NULL;
