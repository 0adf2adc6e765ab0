-- Every request to an admin endpoint, allowed or refused: who, what, when, and how it ended.
CREATE TABLE admin_action (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    actor       text        NOT NULL,
    remote      text,
    method      text        NOT NULL,
    path        text        NOT NULL,
    query       text,
    status      integer     NOT NULL
);
CREATE INDEX admin_action_at ON admin_action (at DESC);
