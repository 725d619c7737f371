package vn.sohoa.faces.http;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.sohoa.failure.Refusal;

/** A refusal in the person's language, from the message bundles ({@link Refusal#messageKey()}). */
@Component
public class RefusalMessages {

    private final MessageSource messages;

    public RefusalMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The bundle's message for the refusal, or empty when the bundle has none (then only the English message exists). */
    public Optional<String> find(Refusal refusal, Locale locale) {
        return Optional.ofNullable(messages.getMessage(refusal.messageKey(), refusal.messageArguments(), null, locale));
    }

    /** The bundle's message, else the refusal's own (English) message. */
    public String text(Refusal refusal, Locale locale) {
        return find(refusal, locale).orElse(refusal.getMessage());
    }
}
