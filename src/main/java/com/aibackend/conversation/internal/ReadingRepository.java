package com.aibackend.conversation.internal;

import java.util.Collection;
import java.util.List;

import com.aibackend.conversation.Reading;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReadingRepository extends JpaRepository<Reading, String> {

	@Query("select r from Reading r where r.conversationId in ?1")
	List<Reading> findByConversationIdIn(Collection<String> conversationIds);

	@Query("select r from Reading r where r.conversationId = ?1 order by r.ordinal")
	List<Reading> ofConversation(String conversationId);

	@Query("select count(r) from Reading r where r.conversationId = ?1")
	int countByConversationId(String conversationId);

}
