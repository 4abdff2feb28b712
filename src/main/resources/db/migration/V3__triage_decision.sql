-- What agents decided in "Triage message": the bot's guess beside the agent's choice, for review and
-- as new training examples.
create table triage_decision (
    id              varchar(36)      not null primary key,
    conversation_id varchar(36)      not null references conversation (id),
    text            varchar(1000000) not null,
    language        varchar(8),
    bot_intent      varchar(32),
    bot_service     varchar(64),
    bot_confidence  double precision,
    intent          varchar(32)      not null,
    service         varchar(64),
    priority        varchar(16)      not null,
    decided_by      varchar(128),
    decided_at      timestamp with time zone not null
);
create index ix_triage_decision_decided_at on triage_decision (decided_at);
