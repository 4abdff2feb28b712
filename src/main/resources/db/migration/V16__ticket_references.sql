-- The ticket refers to its assignment record instead of copying six of its columns, and Teamwork
-- Desk's ids live in the connector's own table. Tickets made before the assignment records kept their
-- copy only: each gets a record of its own from it.
alter table ticket add column assignment_id varchar(36);
insert into assignment (id, decision, decision_version, rule_name, strategy, consultant, pool, candidates,
                        decided_at)
select 'ticket-' || id, coalesce(assignment_decision, 'consultant-assignment'), coalesce(assignment_version, 0),
       coalesce(assignment_rule, 'unknown'), coalesce(assignment_strategy, 'STATIC'), consultant, assignment_pool,
       assignment_candidates, created_at
from ticket;
update ticket set assignment_id = 'ticket-' || id;
alter table ticket drop column assignment_decision;
alter table ticket drop column assignment_rule;
alter table ticket drop column assignment_strategy;
alter table ticket drop column assignment_candidates;
alter table ticket drop column assignment_version;

create table teamwork_ticket (
    ticket_reference   varchar(32)  not null primary key,
    teamwork_ticket_id bigint       not null,
    url                varchar(500),
    linked_at          timestamp with time zone not null,
    constraint uq_teamwork_ticket unique (teamwork_ticket_id)
);
insert into teamwork_ticket (ticket_reference, teamwork_ticket_id, url, linked_at)
select 'TCK-' || case when id < 1000000 then lpad(cast(id as varchar(20)), 6, '0') else cast(id as varchar(20)) end, teamwork_ticket_id, teamwork_url, updated_at
from ticket where teamwork_ticket_id is not null;
drop index ux_ticket_teamwork;
alter table ticket drop column teamwork_ticket_id;
alter table ticket drop column teamwork_url;
