package vn.sohoa.faces.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.sohoa.LocalFormats;

/**
 * {@link LocalFormats} for the templates, as {@code ${@formats.percent(x, #locale)}}: Thymeleaf
 * 3.1 forbids static calls from templates, so the one formatting place is reached through a bean.
 */
@Component("formats")
public class PageFormats {

    public String percent(double fraction, Locale locale) {
        return LocalFormats.percent(fraction, 1, locale);
    }

    public String value(Object value, Locale locale) {
        if (value instanceof List<?> list) {
            return LocalFormats.fieldValue(String.join(", ", list.stream().map(String::valueOf).toList()), locale);
        }
        return value == null ? "" : LocalFormats.fieldValue(String.valueOf(value), locale);
    }
}
