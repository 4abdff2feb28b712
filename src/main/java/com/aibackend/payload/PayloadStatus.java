package com.aibackend.payload;

/** PENDING until a ticket was made from the payload, then PROCESSED. */
public enum PayloadStatus {

	PENDING, PROCESSED

}
