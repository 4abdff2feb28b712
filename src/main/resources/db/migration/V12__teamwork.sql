-- A ticket's counterpart in Teamwork Desk, when the connector is on.
alter table ticket add column teamwork_ticket_id bigint;
alter table ticket add column teamwork_url varchar(500);
