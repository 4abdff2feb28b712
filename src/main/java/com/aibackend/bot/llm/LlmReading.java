package com.aibackend.bot.llm;

import com.aibackend.bot.Intent;
import com.aibackend.bot.Priority;

/** What the LLM answered, already checked against the schema and the catalogue. */
public record LlmReading(Intent intent, String service, Priority priority, String requesterName, String company) {

}
