package vn.sohoa.faces.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import vn.sohoa.operations.upload.UploadedFileName;

/**
 * A multipart request Tomcat cannot take apart (a file name with a NUL, more parts than
 * {@code server.tomcat.max-part-count}, a part over its size) fails the first time anything reads
 * a parameter: that is the CSRF check, before any controller, and the error page's own dispatch
 * fails the same way, so the person got a 500 or Tomcat's English 413. The body is taken apart
 * here first, and such a request is answered at once with the reason in the person's language.
 * (Parsing before sign-in is nothing new: the CSRF check has always read the body before it.)
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class MultipartRefusals extends OncePerRequestFilter {

    private final MessageSource messages;
    private final LocaleResolver locales;

    MultipartRefusals(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IOException | ServletException | RuntimeException e) { // Tomcat throws all three kinds
            refuse(request, response, e);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Exception failure) throws IOException {
        Locale locale = locales.resolveLocale(request);
        int status = HttpServletResponse.SC_BAD_REQUEST;
        String text = messages.getMessage("upload.refused.unreadable", null, locale);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidFileNameException name) {
                text = messages.getMessage("upload.refused.badName", new Object[] {UploadedFileName.shown(name.getName()),
                        messages.getMessage("upload.name.control", null, locale)}, locale);
                break;
            }
            if (t instanceof FileCountLimitExceededException || t instanceof SizeException) {
                status = HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
                text = messages.getMessage("upload.refused.uploadTooLarge", null, locale);
                break;
            }
        }
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Connection", "close"); // the rest of the body is not read
        String back = messages.getMessage("web.batch.back", null, locale);
        response.getOutputStream().write(("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<title>Sohoa</title><link rel=\"stylesheet\" href=\"/css/sohoa.css\"></head><body><main class=\"batches\">"
                + "<p class=\"error\" id=\"upload-error\">" + HtmlUtils.htmlEscape(text, "UTF-8") + "</p>"
                + "<p><a href=\"/batches\">" + HtmlUtils.htmlEscape(back, "UTF-8") + "</a></p></main></body></html>").getBytes(StandardCharsets.UTF_8));
    }
}
