-- The customer's language (ISO 639-1), so every answer is written in it.
alter table conversation add column language varchar(8);
