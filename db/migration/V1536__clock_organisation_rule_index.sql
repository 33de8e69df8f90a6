-- The commissioners' responses owed (decision 0138): the bell asks on every navigation for the responses of one
-- force (a force lead, a chief officer), by organisation and rule; without an index each ask read every clock of the
-- country (about 41,000 in the national data set). The organisation leads: for watchdog staff, who ask for every
-- force's, H2 would otherwise walk every response by rule before narrowing to the watchdog's reports.
CREATE INDEX clock_organisation_rule_ix ON clock (organisation_id, rule);
