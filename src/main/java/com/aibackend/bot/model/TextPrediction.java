package com.aibackend.bot.model;

/**
 * A predicted label, how clearly it wins over the others (confidence, between 0 and 1),
 * and the model's raw score for it (margin: above 0, the text lies on the label's side of
 * the boundary).
 */
public record TextPrediction(String label, double confidence, double margin) {

}
