package com.aibackend.outbound.internal;

/**
 * A channel refused an answer or could not be reached: expected in operation, retried by
 * the delivery step and said in one line with the channel's reason, without a stack
 * trace.
 */
final class DeliveryFailed extends RuntimeException {

	DeliveryFailed(String reason) {
		super(reason, null, false, false);
	}

}
