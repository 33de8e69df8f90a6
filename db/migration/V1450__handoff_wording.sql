-- Issue 20: an inbox line reads in its reader's language. handoff.title and handoff.note keep the English words as
-- written (older rows have only those); a handoff written from now on also keeps its words as message keys and
-- arguments (base.i18n.Wording, JSON), written in the deciding transaction with the handoff and read in the reader's
-- language. note_json is null when the note is a person's own words (a reason, a comment), which are shown as typed.
CREATE TABLE handoff_wording (
    handoff_id  BIGINT         NOT NULL REFERENCES handoff (id),
    title_json  VARCHAR(8000)  NOT NULL,
    note_json   VARCHAR(8000),
    CONSTRAINT handoff_wording_pk PRIMARY KEY (handoff_id)
);
