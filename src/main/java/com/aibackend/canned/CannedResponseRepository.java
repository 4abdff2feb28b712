package com.aibackend.canned;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CannedResponseRepository extends JpaRepository<CannedResponse, String> {

	List<CannedResponse> findByLanguageOrderByName(String language);

	List<CannedResponse> findAllByOrderByNameAscLanguageAsc();

	Optional<CannedResponse> findByNameAndLanguage(String name, String language);

}
