-- Real channels: where a conversation lives on its channel, and the delivery state of outbound messages.

-- The channel's own thread: the WhatsApp number, the Qiscus room; e-mail threads by message ids instead.
alter table conversation add column channel_thread varchar(255);
create index ix_conversation_thread on conversation (channel, channel_thread);

-- PENDING, SENT, DELIVERED, READ or FAILED for outbound messages; null for inbound ones.
alter table message add column state varchar(16);
-- The message as received (e-mail with quoted history and signature) when text holds the cleaned part.
alter table message add column original_text varchar(1000000);
alter table message add column attempts integer default 0 not null;
alter table message add column last_error varchar(2000);
alter table message add column updated_at timestamp with time zone;
create index ix_message_state on message (state);
