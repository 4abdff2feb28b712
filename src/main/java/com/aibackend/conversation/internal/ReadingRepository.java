package com.aibackend.conversation.internal;

import java.util.Collection;
import java.util.List;

import com.aibackend.conversation.Reading;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReadingRepository extends JpaRepository<Reading, String> {

	List<Reading> findByConversationIdIn(Collection<String> conversationIds);

	int countByConversationId(String conversationId);

}
