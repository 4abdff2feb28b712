-- Who changed what and when, for admins and analysts (GET /api/audit). Identity, authorisation and
-- deployment changes are in Camunda's user operation log and are read from there.
create table audit_entry (
    id          varchar(36)   not null primary key,
    at          timestamp with time zone not null,
    actor       varchar(128)  not null,
    entity_type varchar(64)   not null,
    entity_id   varchar(128)  not null,
    action      varchar(64)   not null,
    detail      varchar(1000)
);
create index ix_audit_entry_at on audit_entry (at);
create index ix_audit_entry_entity on audit_entry (entity_type, entity_id);

-- A ticket given back to its pool in Tasklist has no consultant until someone claims it.
alter table ticket alter column consultant drop not null;
