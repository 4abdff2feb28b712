package com.aibackend.ticket;

/**
 * Something shown in the ticket's "Work on" task changed (a reply, a note, a customer
 * comment); published in the transaction that changed it.
 */
record TicketViewStale(String reference) {

}
