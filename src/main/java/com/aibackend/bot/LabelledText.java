package com.aibackend.bot;

/** One training or test example: a text and its label. */
public record LabelledText(String text, String label) {

}
