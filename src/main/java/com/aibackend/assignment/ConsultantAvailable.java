package com.aibackend.assignment;

/**
 * A consultant may take more tickets than before (back from away, capacity raised): the
 * unassigned queue is handed out again.
 */
public record ConsultantAvailable(String consultant) {

}
