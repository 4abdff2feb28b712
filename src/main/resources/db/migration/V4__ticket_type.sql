-- Ticket type (INCIDENT, REQUEST, PROBLEM, CHANGE) as the bot read it; null when it could not tell.
alter table conversation add column ticket_type varchar(16);
alter table ticket add column ticket_type varchar(16);
