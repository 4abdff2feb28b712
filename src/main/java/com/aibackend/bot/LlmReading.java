package com.aibackend.bot;

/** What the LLM answered, already checked against the schema and the catalogue. */
record LlmReading(Intent intent, String service, Priority priority, String requesterName, String company) {

}
