package com.aibackend.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;

/** What every webhook does before it looks at a body: bound it and authenticate it. */
public final class WebhookRequests {

	/** Largest webhook body accepted; larger ones are refused with 413. */
	public static final int MAX_BODY_BYTES = 256 * 1024;

	private WebhookRequests() {
	}

	/** Reads the raw body, refusing more than {@link #MAX_BODY_BYTES}. */
	public static byte[] body(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			throw new PayloadTooLargeException(request.getContentLengthLong());
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
			if (body.length > MAX_BODY_BYTES) {
				throw new PayloadTooLargeException(-1);
			}
			return body;
		}
	}

	/** Parses a webhook body that must be a JSON object; anything else is a 400. */
	public static JsonNode jsonObject(ObjectMapper json, byte[] body) {
		try {
			JsonNode node = json.readTree(body);
			if (node == null || !node.isObject()) {
				throw new InvalidRequestException("The body is not a JSON object.");
			}
			return node;
		}
		catch (IOException ex) {
			throw new InvalidRequestException("The body is not valid JSON.");
		}
	}

	/** Compares two secrets in time that does not depend on where they differ. */
	public static boolean sameSecret(String expected, String given) {
		if (expected == null || given == null) {
			return false;
		}
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
	}

	/** SHA-256 of {@code content}, as lower-case hex: what identifies a delivery. */
	public static String sha256Hex(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/** HMAC-SHA256 of {@code body} keyed with {@code secret}, as lower-case hex. */
	public static String hmacSha256Hex(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	/** The webhook body exceeds {@link #MAX_BODY_BYTES}. */
	public static class PayloadTooLargeException extends RuntimeException {

		public PayloadTooLargeException(long length) {
			super("The body is %s; at most %d bytes are accepted."
				.formatted((length >= 0) ? length + " bytes" : "larger than that", MAX_BODY_BYTES));
		}

	}

	/** The webhook's signature or shared secret is missing or wrong. */
	public static class UnauthenticatedWebhookException extends RuntimeException {

		public UnauthenticatedWebhookException(String reason) {
			super(reason);
		}

	}

}
