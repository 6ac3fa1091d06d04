-- "RATED_BASICALLY_SATISFIED" is 25 characters: the event kind needs more room than V27 gave it.
ALTER TABLE complaint_event MODIFY kind VARCHAR(40) NOT NULL;
