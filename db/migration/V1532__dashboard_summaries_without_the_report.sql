-- The median days from publication to a verified close, nationally, without reading a row per verified item (issue
-- 21, decision 0127). item_verified_day (V1530) keeps one row per (recipient, report, day verified): about 29,000
-- rows nationally, each joined to its report for the days from publication. This table counts the same items by
-- the report's watchdog and the days from the report's publication to the day verified: about 1,300 rows
-- nationally, read by the national dashboard (every recipient, no period chosen) without a join. A report's
-- publication date can be corrected, which moves the days of every verified item of the report: the ledger moves
-- them in the same transaction (recommendation.internal.JooqVerifiedSpanLedger), and its rebuild() recounts the
-- table from item_verified_day, as this migration fills it.
CREATE TABLE item_verified_span (
    watchdog_id BIGINT  NOT NULL REFERENCES organisation (id),
    days        INTEGER NOT NULL,
    n           INTEGER NOT NULL,
    CONSTRAINT item_verified_span_pk PRIMARY KEY (watchdog_id, days)
);

INSERT INTO item_verified_span (watchdog_id, days, n)
SELECT p.watchdog_id, CAST(v.verified_on - p.published_on AS INTEGER), SUM(v.n)
FROM item_verified_day v
JOIN report p ON p.id = v.report_id
GROUP BY p.watchdog_id, CAST(v.verified_on - p.published_on AS INTEGER);

-- "Verified this quarter" nationally: the items verified since the quarter's first day, found by the day
CREATE INDEX item_verified_day_verified_on_ix ON item_verified_day (verified_on);

-- The item counts of item_count without the report: about 3,500 rows nationally instead of 14,000 (the verified and
-- closed items of a recipient share a few rows; the report is only needed for a watchdog or period filter). Read by
-- the headline and status by force when no watchdog or period is chosen; kept by the same ledger in the same
-- transaction (recommendation.internal.JooqItemCountLedger) and recounted by its rebuild().
CREATE TABLE item_count_recipient (
    recipient_id BIGINT      NOT NULL REFERENCES organisation (id),
    status       VARCHAR(30) NOT NULL,
    due_on       DATE        NOT NULL,
    reopened     BOOLEAN     NOT NULL,
    n            INTEGER     NOT NULL,
    CONSTRAINT item_count_recipient_pk PRIMARY KEY (recipient_id, status, due_on, reopened)
);

INSERT INTO item_count_recipient (recipient_id, status, due_on, reopened, n)
SELECT recipient_id, status, due_on, reopened, SUM(n)
FROM item_count
GROUP BY recipient_id, status, due_on, reopened;

-- Deadline slippage (action_slippage, V1500, decision 0112) without the report: about 5,600 rows nationally instead
-- of 38,000. Read by the slippage chart when no watchdog or period is chosen; kept by the same ledger in the same
-- transaction (actionplan.internal.JooqSlippageLedger) and recounted by its rebuild().
CREATE TABLE action_slippage_org (
    organisation_id BIGINT   NOT NULL REFERENCES organisation (id),
    moved_bucket    INTEGER  NOT NULL,
    late_bucket     INTEGER  NOT NULL,
    open_due_on     DATE     NOT NULL,
    n               INTEGER  NOT NULL,
    CONSTRAINT action_slippage_org_pk PRIMARY KEY (organisation_id, moved_bucket, late_bucket, open_due_on)
);

INSERT INTO action_slippage_org (organisation_id, moved_bucket, late_bucket, open_due_on, n)
SELECT organisation_id, moved_bucket, late_bucket, open_due_on, SUM(n)
FROM action_slippage
GROUP BY organisation_id, moved_bucket, late_bucket, open_due_on;
