-- Consultants' availability, out-of-office period, capacity and languages; the people themselves are
-- Camunda users managed in Camunda Admin.
create table consultant_profile (
    user_id          varchar(128) not null primary key,
    away             boolean      not null,
    away_from        timestamp with time zone,
    away_until       timestamp with time zone,
    capacity         integer,
    languages        varchar(200),
    last_assigned_at timestamp with time zone,
    updated_at       timestamp with time zone not null,
    version          bigint       not null
);

-- One record per assignment: the decision's outcome and what the strategy did with it.
create table assignment (
    id                varchar(36)  not null primary key,
    decision          varchar(64)  not null,
    decision_version  integer      not null,
    rule_name         varchar(128) not null,
    strategy          varchar(16)  not null,
    consultant        varchar(128),
    pool              varchar(128),
    candidates        varchar(2000),
    skipped           varchar(4000),
    first_response    varchar(32),
    resolution        varchar(32),
    decided_at        timestamp with time zone not null
);

alter table ticket add column assignment_version integer;
alter table ticket add column first_response_due timestamp with time zone;
alter table ticket add column resolution_due timestamp with time zone;
alter table ticket add column first_responded_at timestamp with time zone;
alter table ticket add column first_response_breached_at timestamp with time zone;
