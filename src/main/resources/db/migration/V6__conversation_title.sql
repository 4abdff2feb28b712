-- The problem in a line, as the bot read it (without greeting, introduction or signature): the ticket's title.
alter table conversation add column title varchar(120);
