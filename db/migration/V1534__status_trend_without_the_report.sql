-- The open-versus-closed trend's monthly deltas (status_trend_month, V1200, decision 0080) without the report: about
-- 5,800 rows nationally instead of 37,600 (issue 21, decision 0130). Read by the trend when no watchdog or period is
-- chosen (the report is only needed for those filters); kept by the same ledger in the same transaction as each
-- status change (recommendation.internal.JooqStatusTrendLedger) and recounted by its rebuild().
CREATE TABLE status_trend_recipient_month (
    recipient_id   BIGINT  NOT NULL REFERENCES organisation (id),
    year_month     INTEGER NOT NULL,
    open_delta     INTEGER NOT NULL,
    verified_delta INTEGER NOT NULL,
    CONSTRAINT status_trend_recipient_month_pk PRIMARY KEY (recipient_id, year_month)
);

INSERT INTO status_trend_recipient_month (recipient_id, year_month, open_delta, verified_delta)
SELECT recipient_id, year_month, SUM(open_delta), SUM(verified_delta)
FROM status_trend_month
GROUP BY recipient_id, year_month;

-- The headline's "plans awaiting a decision" counts the submitted plans (a few dozen of about 9,000 nationally): by
-- their status, instead of every plan read through its report (H2 read all 10,925 rows for 23; decision 0130).
CREATE INDEX action_plan_status_ix ON action_plan (status);
