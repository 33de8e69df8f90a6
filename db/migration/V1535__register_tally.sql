-- The register's items counted by the month of their report's publication and whether they have a deadline (issue
-- 21, decision 0132): about 240 rows nationally. A jump far into the whole register with nothing remembered (the
-- scroll bar dragged to page 200) reads these rows in the order's direction, finds the month that holds the row it
-- jumps to and how many rows come before that month, and reads only that month's keys (a few hundred) instead of
-- every key before the row; the dated items' total tells how many rows come before the undated ones. Kept exact in
-- the same transaction as every change to an item by the item counts' ledger (recommendation.internal.
-- JooqItemCountLedger, beside item_count: only a new item or one gaining or losing its deadline moves a row, after
-- locking its report's row) and by a corrected publication date (RecommendationFanOut.correctingPublication, which
-- holds the same lock), recounted by the ledger's rebuild() and checked nightly (ItemCountCheck).
CREATE TABLE register_tally (
    published_month DATE    NOT NULL,
    undated         BOOLEAN NOT NULL,
    n               INTEGER NOT NULL,
    CONSTRAINT register_tally_pk PRIMARY KEY (published_month, undated)
);

INSERT INTO register_tally (published_month, undated, n)
SELECT CAST(DATE_TRUNC('MONTH', p.published_on) AS DATE), c.due_on = DATE '9999-12-31', SUM(c.n)
FROM item_count c
JOIN report p ON p.id = c.report_id
GROUP BY CAST(DATE_TRUNC('MONTH', p.published_on) AS DATE), c.due_on = DATE '9999-12-31';
