-- Submission keys (package base). A form that creates something gets a random key when it opens; the service
-- stores the key with what it created, in the same transaction, so that the same form sent twice (a double click,
-- a resent request) creates one row: a repeat is answered with the first result, and two at once collide on the
-- primary key. Keys are only needed while a form can be resent, so rows older than a day are purged on insert.
CREATE TABLE submission_key (
    id         UUID                     NOT NULL,
    kind       VARCHAR(40)              NOT NULL,
    user_id    BIGINT                   NOT NULL,
    result_id  BIGINT                   NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT submission_key_pk PRIMARY KEY (id)
);

CREATE INDEX submission_key_created_ix ON submission_key (created_at);
