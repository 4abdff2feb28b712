package com.aibackend.qiscus;

import com.aibackend.conversation.Channel;
import com.aibackend.conversation.Conversations;
import com.aibackend.intake.ChatThreads;

import org.springframework.stereotype.Component;

/** A Qiscus room is one thread. */
@Component
class QiscusThreads extends ChatThreads {

	QiscusThreads(Conversations conversations) {
		super(Channel.QISCUS, conversations);
	}

}
