package com.example.leaky.intake;

import com.example.leaky.outbound.internal.Transport;

public class Receiver {

	private final Transport transport = new Transport();

	public void receive(String text) {
		this.transport.send(text);
	}

}
