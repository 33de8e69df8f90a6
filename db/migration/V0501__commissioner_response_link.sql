-- The published response that met a clock recorded by hand (a commissioner's s55 response, the IOPC's publication):
-- where it can be read. One per clock; written when the clock is recorded as met (decision 0010).
CREATE TABLE clock_response_link (
    clock_id    BIGINT        NOT NULL PRIMARY KEY REFERENCES clock (id),
    link        VARCHAR(2000) NOT NULL,
    recorded_by BIGINT REFERENCES app_user (id),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
