-- The open-versus-closed trend's summary (decision 0080): per recipient, report and month of change, how much the
-- month's status changes moved the number of open items and of verified-closed items. Written in the same
-- transaction as each status change (recommendation.StatusTrendLedger), so it always equals a recount of
-- status_change; the dashboard runs the levels up from it instead of reading the whole status history.
-- year_month = year * 12 + month - 1 of changed_at, extracted by the database exactly as the recount extracts it.
CREATE TABLE status_trend_month (
    recipient_id   BIGINT  NOT NULL REFERENCES organisation (id),
    report_id      BIGINT  NOT NULL REFERENCES report (id),
    year_month     INTEGER NOT NULL,
    open_delta     INTEGER NOT NULL,
    verified_delta INTEGER NOT NULL,
    CONSTRAINT status_trend_month_pk PRIMARY KEY (recipient_id, report_id, year_month)
);
CREATE INDEX status_trend_month_report_ix ON status_trend_month (report_id);

INSERT INTO status_trend_month (recipient_id, report_id, year_month, open_delta, verified_delta)
SELECT t.recipient_id, rc.report_id,
       CAST(EXTRACT(YEAR FROM s.changed_at) * 12 + EXTRACT(MONTH FROM s.changed_at) - 1 AS INTEGER),
       SUM(CASE WHEN (s.from_status IS NULL OR s.from_status IN ('VERIFIED_IMPLEMENTED', 'CLOSED_NOT_IMPLEMENTED',
                          'NO_FURTHER_ACTION', 'SUPERSEDED'))
                     AND s.to_status NOT IN ('VERIFIED_IMPLEMENTED', 'CLOSED_NOT_IMPLEMENTED', 'NO_FURTHER_ACTION', 'SUPERSEDED')
                THEN 1
                WHEN s.from_status IS NOT NULL
                     AND s.from_status NOT IN ('VERIFIED_IMPLEMENTED', 'CLOSED_NOT_IMPLEMENTED', 'NO_FURTHER_ACTION', 'SUPERSEDED')
                     AND s.to_status IN ('VERIFIED_IMPLEMENTED', 'CLOSED_NOT_IMPLEMENTED', 'NO_FURTHER_ACTION', 'SUPERSEDED')
                THEN -1 ELSE 0 END),
       SUM(CASE WHEN s.to_status = 'VERIFIED_IMPLEMENTED' AND (s.from_status IS NULL OR s.from_status <> 'VERIFIED_IMPLEMENTED') THEN 1
                WHEN s.from_status = 'VERIFIED_IMPLEMENTED' AND s.to_status <> 'VERIFIED_IMPLEMENTED' THEN -1
                ELSE 0 END)
FROM status_change s
JOIN tracked_recommendation t ON t.id = s.tracked_recommendation_id
JOIN recommendation rc ON rc.id = t.recommendation_id
-- only the changes that move a level; steps between open statuses do not
WHERE s.from_status IS NULL
   OR s.from_status IN ('VERIFIED_IMPLEMENTED', 'CLOSED_NOT_IMPLEMENTED', 'NO_FURTHER_ACTION', 'SUPERSEDED')
   OR s.to_status IN ('VERIFIED_IMPLEMENTED', 'CLOSED_NOT_IMPLEMENTED', 'NO_FURTHER_ACTION', 'SUPERSEDED')
GROUP BY t.recipient_id, rc.report_id,
         CAST(EXTRACT(YEAR FROM s.changed_at) * 12 + EXTRACT(MONTH FROM s.changed_at) - 1 AS INTEGER);
