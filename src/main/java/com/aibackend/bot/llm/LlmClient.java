package com.aibackend.bot.llm;

import com.aibackend.bot.ClassificationInput;

import java.util.Optional;

/**
 * A large language model that reads a customer's message. Optional: without one the
 * trained models decide alone.
 */
public interface LlmClient {

	/** Its reading of the message, or nothing when it fails or answers invalidly. */
	Optional<LlmReading> read(ClassificationInput input);

}
