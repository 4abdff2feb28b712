/**
 * {@code tools bench}: the application under a measured load of signed
 * WhatsApp deliveries, against a provider stand-in, and the bare engine beside it.
 */
package com.aibackend.benchmark;
