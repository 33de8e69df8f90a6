-- The clocks still running of one rule (decision 0141): the bell counts the deadlines a watchdog owes from its
-- publication and re-assessment clocks not yet met, and watchdog staff's commissioners' responses from the
-- response clocks not yet met, a few thousand of the country's 41,000 clocks. Without it H2 reached them through
-- every item of the watchdog's reports (about 40,000 rows for HMICFRS, 30 ms).
CREATE INDEX clock_rule_open_ix ON clock (rule, met_on);
