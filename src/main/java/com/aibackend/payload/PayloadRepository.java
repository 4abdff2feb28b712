package com.aibackend.payload;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PayloadRepository extends JpaRepository<Payload, String> {

	List<Payload> findByStatus(PayloadStatus status, Pageable pageable);

	List<Payload> findBy(Pageable pageable);

}
