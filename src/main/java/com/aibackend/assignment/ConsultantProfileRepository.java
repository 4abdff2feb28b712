package com.aibackend.assignment;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultantProfileRepository extends JpaRepository<ConsultantProfile, String> {

}
