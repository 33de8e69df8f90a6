-- Wrong passwords per account and source (the caller's address), for the sign-in throttle (security.LoginAttempts):
-- a source that keeps failing is refused for a growing while, without locking the account against its owner.
CREATE TABLE sign_in_failure (
    username       VARCHAR(60)              NOT NULL,
    source         VARCHAR(64)              NOT NULL,
    failures       INT                      NOT NULL,
    last_failed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT sign_in_failure_pk PRIMARY KEY (username, source)
);
