-- What agents write on a ticket: replies to the customer (sent as outbound messages) and
-- internal notes (never sent). A client's Idempotency-Key makes a repeated request one reply.
create table ticket_reply (
    id              varchar(36)     not null primary key,
    ticket_id       bigint          not null references ticket (id),
    kind            varchar(16)     not null,
    author          varchar(255)    not null,
    text            varchar(1000000) not null,
    message_id      varchar(36),
    idempotency_key varchar(255),
    created_at      timestamp with time zone not null,
    constraint uq_ticket_reply_key unique (ticket_id, idempotency_key)
);
create index ix_ticket_reply_ticket on ticket_reply (ticket_id, created_at);
create index ix_ticket_reply_message on ticket_reply (message_id);

-- Canned responses: per language, edited by admins, inserted into replies.
create table canned_response (
    id          varchar(36)     not null primary key,
    name        varchar(100)    not null,
    language    varchar(8)      not null,
    text        varchar(4000)   not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(255),
    constraint uq_canned_response unique (name, language)
);

-- Reopening: when and how often a closed ticket came back.
alter table ticket add column reopened_at timestamp with time zone;
alter table ticket add column reopen_count integer default 0 not null;

-- A round of questions counts when the customer was asked, not whenever something was missing.
alter table reading add column asked_at timestamp with time zone;

-- A delivery report finds the ticket of its conversation; a follow-up finds the sender's open ticket.
create index ix_ticket_conversation on ticket (conversation_id);
create index ix_conversation_sender_status on conversation (sender_address, status);
