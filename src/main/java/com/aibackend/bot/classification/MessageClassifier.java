package com.aibackend.bot.classification;

import com.aibackend.bot.ClassificationInput;

/** Reads customer messages: intent, service, priority and ticket fields. */
public interface MessageClassifier {

	Classification classify(ClassificationInput input);

}
