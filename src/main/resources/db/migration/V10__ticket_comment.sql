-- What the customer wrote while their ticket was open; the consultant's task shows these.
create table ticket_comment (
    id              varchar(36)     not null primary key,
    ticket_id       bigint          not null references ticket (id),
    conversation_id varchar(36)     not null references conversation (id),
    text            varchar(1000000) not null,
    created_at      timestamp with time zone not null
);
create index ix_ticket_comment_ticket on ticket_comment (ticket_id, created_at);
