-- The intake's inbox: a channel's delivery is stored here and acknowledged; routing it to
-- its conversation and process happens after the commit (and again after a crash, by the
-- sweep), so an acknowledged message is never lost. The unique key makes a redelivery a no-op.
create table inbound_delivery (
    id              varchar(36)      not null primary key,
    channel         varchar(16)      not null,
    external_id     varchar(255),
    sender_address  varchar(320)     not null,
    sender_name     varchar(200),
    subject         varchar(500),
    text            varchar(1000000) not null,
    original_text   varchar(1000000),
    thread          varchar(255),
    refs            varchar(100000),
    ticket_reference varchar(64),
    unreadable      boolean          not null,
    conversation_id varchar(36),
    received_at     timestamp with time zone not null,
    routed_at       timestamp with time zone,
    attempts        integer          default 0 not null,
    failure         varchar(1000),
    constraint uq_inbound_delivery unique (channel, external_id)
);
create index ix_inbound_delivery_unrouted on inbound_delivery (routed_at, received_at);
