-- One row that application nodes lock while they create shared start-up data (groups, grants, demo users,
-- Tasklist filters), so that nodes starting at once create each thing once.
create table startup_lock (
    id integer not null primary key
);
insert into startup_lock (id) values (1);
