-- Application tables; Camunda manages its own ACT_* schema. Portable between H2 and PostgreSQL.

create table conversation (
    id                  varchar(36)     not null primary key,
    channel             varchar(16)     not null,
    sender_address      varchar(320)    not null,
    sender_name         varchar(200),
    subject             varchar(500),
    status              varchar(32)     not null,
    intent              varchar(32),
    service             varchar(64),
    priority            varchar(16),
    confidence          double precision,
    requester_name      varchar(200),
    company             varchar(200),
    contact             varchar(320),
    description         varchar(1000000),
    ticket_reference    varchar(32),
    missing_fields      varchar(500),
    ticket_id           varchar(32),
    process_instance_id varchar(64),
    opened_at           timestamp with time zone not null,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    version             bigint          not null
);
create index ix_conversation_status on conversation (status);
create index ix_conversation_sender on conversation (sender_address);

create table message (
    id              varchar(36)     not null primary key,
    conversation_id varchar(36)     not null references conversation (id),
    direction       varchar(8)      not null,
    channel         varchar(16)     not null,
    external_id     varchar(255),
    text            varchar(1000000) not null,
    created_at      timestamp with time zone not null,
    -- One stored message per channel message id: redeliveries are recognised, never stored twice.
    constraint uk_message_channel_external_id unique (channel, external_id)
);
create index ix_message_conversation on message (conversation_id, created_at);

create table payload (
    id              varchar(36)     not null primary key,
    conversation_id varchar(36)     not null references conversation (id),
    status          varchar(16)     not null,
    content         varchar(1000000) not null,
    ticket_id       varchar(32),
    created_at      timestamp with time zone not null,
    processed_at    timestamp with time zone
);
create index ix_payload_status on payload (status);

create sequence ticket_number_seq start with 1 increment by 1;

create table ticket (
    id                    bigint          not null primary key,
    title                 varchar(200)    not null,
    description           varchar(1000000) not null,
    service               varchar(64)     not null,
    priority              varchar(16)     not null,
    status                varchar(16)     not null,
    consultant            varchar(128)    not null,
    requester_name        varchar(200),
    company               varchar(200),
    contact               varchar(320),
    resolution            varchar(10000),
    conversation_id       varchar(36)     not null references conversation (id),
    payload_id            varchar(36)     not null references payload (id),
    process_instance_id   varchar(64),
    assignment_decision   varchar(64)     not null,
    assignment_rule       varchar(64),
    assignment_strategy   varchar(16)     not null,
    assignment_pool       varchar(128),
    assignment_candidates varchar(2000),
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    closed_at             timestamp with time zone,
    version               bigint          not null
);
create index ix_ticket_status on ticket (status);
create index ix_ticket_consultant on ticket (consultant);

-- Round-robin position per candidate pool; the row lock serialises concurrent assignments.
create table round_robin_cursor (
    pool          varchar(128) not null primary key,
    next_position bigint       not null
);
