package com.aibackend.intake;

import java.util.List;

import com.aibackend.conversation.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A customer message as it arrives on any channel, before it is stored. The constraints
 * are checked by {@link Intake} before anything is written.
 *
 * @param text what the bot reads (for e-mail: without quoted history and signature noise)
 * @param originalText the message as received when it differs from {@code text}
 * @param externalId the channel's message id; a redelivery with the same id is recognised
 * @param thread the channel's conversation key (WhatsApp number, Qiscus room, e-mail
 * subject)
 * @param references channel message ids this message answers (e-mail {@code In-Reply-To}
 * and {@code References})
 * @param ticketReference a ticket the message names in its subject
 * @param unreadable whether the customer sent something the bot cannot read (an image,
 * audio, a location); {@code text} then holds its caption or a placeholder and the
 * customer is told what the bot can read
 */
public record IncomingMessage(
		@NotNull(message = "channel is required; expected one of [API, EMAIL, WHATSAPP, QISCUS]") Channel channel,
		@NotBlank(message = "sender.address is required") @Size(max = 320,
				message = "sender.address is longer than {max} characters") String senderAddress,
		@Size(max = 200, message = "sender.name is longer than {max} characters") String senderName,
		@Size(max = 500, message = "subject is longer than {max} characters") String subject,
		@NotBlank(message = "text is required and must not be empty") String text, String originalText,
		@Size(max = 255, message = "externalId is longer than {max} characters") String externalId,
		@Size(max = 255, message = "thread is longer than {max} characters") String thread, List<String> references,
		String ticketReference, boolean unreadable) {

	public IncomingMessage {
		references = (references != null) ? List.copyOf(references) : List.of();
	}

	/**
	 * What is stored for a picture, document or other attachment with a caption: the kind
	 * in brackets, then the caption ("[image] Foto vom Fehler"). Agents see what it was;
	 * the bot reads the caption's words for the service but never a name from it.
	 */
	public static String captioned(String kind, String caption) {
		return "[%s] %s".formatted(kind, caption.strip());
	}

	public IncomingMessage(Channel channel, String senderAddress, String senderName, String subject, String text,
			String externalId) {
		this(channel, senderAddress, senderName, subject, text, null, externalId, null, List.of(), null, false);
	}

}
