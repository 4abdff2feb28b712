package com.aibackend.assignment.consultants;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultantProfileRepository extends JpaRepository<ConsultantProfile, String> {

}
