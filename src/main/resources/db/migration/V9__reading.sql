-- The bot's (or an agent's) reading of each round is its own record; the payload is built from one.
create table reading (
    id               varchar(36)     not null primary key,
    conversation_id  varchar(36)     not null references conversation (id),
    ordinal          integer         not null,
    -- The round it read (the conversation's opened_at then): a later round starts unclassified.
    round_opened_at  timestamp with time zone not null,
    source           varchar(16)     not null,
    intent           varchar(32),
    service          varchar(64),
    priority         varchar(16),
    ticket_type      varchar(16),
    confidence       double precision,
    language         varchar(8),
    requester_name   varchar(200),
    company          varchar(200),
    contact          varchar(320),
    description      varchar(1000000),
    title            varchar(120),
    ticket_reference varchar(32),
    missing_fields   varchar(500),
    created_at       timestamp with time zone not null
);
create unique index ux_reading_conversation on reading (conversation_id, ordinal);

-- What conversations held so far becomes their first reading.
insert into reading (id, conversation_id, ordinal, round_opened_at, source, intent, service, priority, ticket_type, confidence, language,
                     requester_name, company, contact, description, title, ticket_reference, missing_fields, created_at)
select id, id, 1, opened_at, 'BOT', intent, service, priority, ticket_type, confidence, language, requester_name, company, contact,
       description, title, ticket_reference, missing_fields, updated_at
from conversation
where intent is not null or requester_name is not null or description is not null;

alter table conversation drop column intent;
alter table conversation drop column service;
alter table conversation drop column priority;
alter table conversation drop column ticket_type;
alter table conversation drop column confidence;
alter table conversation drop column requester_name;
alter table conversation drop column company;
alter table conversation drop column contact;
alter table conversation drop column description;
alter table conversation drop column title;
alter table conversation drop column ticket_reference;
alter table conversation drop column missing_fields;
