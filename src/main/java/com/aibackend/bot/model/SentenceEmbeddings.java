package com.aibackend.bot.model;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings computed in-process by all-MiniLM-L6-v2 (quantised ONNX, shipped
 * inside the LangChain4j artifact): meaning beyond exact words, in several languages'
 * common vocabulary.
 */
public final class SentenceEmbeddings {

	private static final class Holder {

		// Loading the model takes a moment; every classifier in the JVM shares one
		// instance.
		static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();

	}

	private SentenceEmbeddings() {
	}

	static float[] of(String text) {
		return Holder.MODEL.embed(TextSegment.from(text.isBlank() ? "-" : text)).content().vector();
	}

}
