-- What each API request with an Idempotency-Key asked for (a digest of its body), kept beside the submission key it
-- made, so that the same key sent again with a different body is refused (422) rather than answered with the first
-- request's result. Recorded only once the first request succeeded; kept a day, as the keys are.
CREATE TABLE api_request_fingerprint (
    submission_id UUID        NOT NULL,
    fingerprint   VARCHAR(64) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT api_request_fingerprint_pk PRIMARY KEY (submission_id)
);

CREATE INDEX api_request_fingerprint_created_ix ON api_request_fingerprint (created_at);
