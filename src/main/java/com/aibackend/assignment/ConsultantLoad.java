package com.aibackend.assignment;

import java.util.Collection;
import java.util.Map;

/** How many open tickets each consultant has; answered by the ticket module. */
public interface ConsultantLoad {

	Map<String, Long> openTickets(Collection<String> consultants);

}
