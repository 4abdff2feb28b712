package com.example.leaky.outbound.internal;

public class Transport {

	public void send(String text) {
	}

}
