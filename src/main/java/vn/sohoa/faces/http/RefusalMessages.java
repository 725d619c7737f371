package vn.sohoa.faces.http;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
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
        Object[] arguments = Arrays.stream(refusal.messageArguments()).map(a -> joined(a, locale)).toArray();
        return Optional.ofNullable(messages.getMessage(refusal.messageKey(), arguments, null, locale));
    }

    /**
     * A list of names in a refusal ("còn thiếu Ngày ban hành, Số định danh chủ sở hữu") read as one
     * argument; a single resolvable name is resolved by the message source itself.
     */
    private Object joined(Object argument, Locale locale) {
        if (argument instanceof List<?> list && list.stream().allMatch(MessageSourceResolvable.class::isInstance)) {
            return list.stream().map(name -> messages.getMessage((MessageSourceResolvable) name, locale)).collect(Collectors.joining(", "));
        }
        return argument;
    }

    /** The bundle's message, else the refusal's own (English) message. */
    public String text(Refusal refusal, Locale locale) {
        return find(refusal, locale).orElse(refusal.getMessage());
    }
}
