package com.aibackend.conversation;

/** IN from the customer, OUT to the customer. */
public enum Direction {

	IN, OUT

}
