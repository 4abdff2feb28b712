package com.aibackend.bot.classification;

/** Reads customer messages: intent, service, priority and ticket fields. */
public interface MessageClassifier {

	Classification classify(ClassificationInput input);

}
