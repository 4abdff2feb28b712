package com.aibackend.whatsapp;

import com.aibackend.conversation.Channel;
import com.aibackend.conversation.Conversations;
import com.aibackend.intake.ChatThreads;

import org.springframework.stereotype.Component;

/** A WhatsApp chat is one thread per customer number. */
@Component
class WhatsAppThreads extends ChatThreads {

	WhatsAppThreads(Conversations conversations) {
		super(Channel.WHATSAPP, conversations);
	}

}
