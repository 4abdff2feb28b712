-- Teamwork Desk webhook deliveries already applied (by a hash of the body): a redelivery changes nothing.
create table teamwork_event (
    id          varchar(64) not null primary key,
    event       varchar(64),
    received_at timestamp with time zone not null
);
create unique index ux_ticket_teamwork on ticket (teamwork_ticket_id);
