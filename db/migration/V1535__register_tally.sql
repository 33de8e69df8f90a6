-- The register's items counted by report and whether they have a deadline (issue 21, decision 0132): about 2,600 rows
-- nationally. A jump far into the register with nothing remembered (the scroll bar dragged to page 200) reads the
-- national register's counts by publication date from these rows (joined to the report for its date) and so finds
-- the publication date that holds the row it jumps to, then reads only that date's keys. Keyed by report, not by
-- date, so that a corrected publication date moves nothing here. Kept exact in the same transaction as every change
-- to an item by the item counts' ledger (recommendation.internal.JooqItemCountLedger, beside item_count, from which
-- this is a sum) and recounted by its rebuild() and the nightly check.
CREATE TABLE register_tally (
    report_id BIGINT  NOT NULL REFERENCES report (id),
    undated   BOOLEAN NOT NULL,
    n         INTEGER NOT NULL,
    CONSTRAINT register_tally_pk PRIMARY KEY (report_id, undated)
);

INSERT INTO register_tally (report_id, undated, n)
SELECT report_id, due_on = DATE '9999-12-31', SUM(n)
FROM item_count
GROUP BY report_id, due_on = DATE '9999-12-31';
