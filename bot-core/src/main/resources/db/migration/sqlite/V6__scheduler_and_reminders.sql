-- db-scheduler's table (its documented SQLite schema): one row per scheduled execution, picked by
-- exactly one instance.
CREATE TABLE scheduled_tasks (
  task_name            VARCHAR(100) NOT NULL,
  task_instance        VARCHAR(100) NOT NULL,
  task_data            BLOB,
  execution_time       TIMESTAMP    NOT NULL,
  picked               BIT          NOT NULL,
  picked_by            VARCHAR(50),
  last_success         TIMESTAMP,
  last_failure         TIMESTAMP,
  consecutive_failures INT,
  last_heartbeat       TIMESTAMP,
  version              BIGINT       NOT NULL,
  priority             SMALLINT,
  PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

-- What the scheduler decided about items that came due late: sent late (after downtime, inside
-- the grace window) or skipped. One row per item and due time.
CREATE TABLE schedule_decision (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  task       TEXT    NOT NULL,
  item       TEXT    NOT NULL,
  due_at     BIGINT  NOT NULL,
  decided_at BIGINT  NOT NULL,
  outcome    TEXT    NOT NULL CHECK (outcome IN ('SENT', 'LATE', 'SKIPPED')),
  detail     TEXT    NOT NULL,
  CONSTRAINT schedule_decision_once UNIQUE (task, item, due_at)
);

CREATE INDEX schedule_decision_decided ON schedule_decision (decided_at);

-- Members who asked for no reminder direct messages (/meetup reminders off).
CREATE TABLE reminder_optout (
  person     TEXT   PRIMARY KEY,
  changed_at BIGINT NOT NULL
);

-- When each weekly digest went out: the next one lists glossary entries added since.
CREATE TABLE digest_run (
  week    TEXT   PRIMARY KEY, -- ISO week in the community's zone, e.g. 2026-W48
  sent_at BIGINT NOT NULL
);
