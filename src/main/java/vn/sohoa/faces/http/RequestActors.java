package vn.sohoa.faces.http;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.sohoa.services.audit.Actor;

/**
 * Hands every controller method that declares an {@link Actor} the signed-in user of its request:
 * the API and the web pages name the caller to the services the same way, and never build it
 * themselves.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class RequestActors implements WebMvcConfigurer {

    /** The signed-in user of an HTTP request (its path tells pages from the API). */
    public static Actor of(HttpServletRequest request) {
        String who = request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
        return Actor.http(who, request.getRemoteAddr(), request.getRequestURI());
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Actor.class;
            }

            @Override
            public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest webRequest,
                                         WebDataBinderFactory binderFactory) {
                return of(webRequest.getNativeRequest(HttpServletRequest.class));
            }
        });
    }
}
