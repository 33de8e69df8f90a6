-- The language each person chose for the product's screens and their e-mails (issue 20, decision 0096): 'en' or
-- 'cy'. A table of its own rather than a column on app_user, so that choosing a language never moves the account's
-- version (which ends the person's other sessions, security.AccountCheck). No row: English, or what the browser asks.
CREATE TABLE user_language (
    user_id    BIGINT     NOT NULL REFERENCES app_user (id),
    language   VARCHAR(2) NOT NULL,
    chosen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT user_language_pk PRIMARY KEY (user_id),
    CONSTRAINT user_language_ck CHECK (language IN ('en', 'cy'))
);
