package com.aibackend.bot;

/** A predicted label and how sure the model is, between 0 and 1. */
public record TextPrediction(String label, double confidence) {

}
