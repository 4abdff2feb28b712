package com.aibackend.assignment;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRecordRepository extends JpaRepository<AssignmentRecord, String> {

}
