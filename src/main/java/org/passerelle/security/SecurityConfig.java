package org.passerelle.security;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.passerelle.shared.Caller;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Stateless token security: no sessions, no cookies (so no CSRF surface). Coarse rules here (reads
 * are public, writes need a token, admin routes need the admin); the territory scoping of editors is
 * decided by the features themselves from the {@link Caller}.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfig implements WebMvcConfigurer {

    private static final String UNAUTHORIZED = """
            {"type":"/problems/unauthorized","title":"Authentication required","status":401,\
            "detail":"Send a valid token as 'Authorization: Bearer <token>'."}""";
    private static final String FORBIDDEN = """
            {"type":"/problems/forbidden","title":"Not allowed","status":403,\
            "detail":"This token may not do this."}""";

    @Bean
    SecurityFilterChain api(HttpSecurity http, TokenService tokens) throws Exception {
        AuthenticationEntryPoint entryPoint = (request, response, e) ->
                write(response, HttpServletResponse.SC_UNAUTHORIZED, UNAUTHORIZED);
        AccessDeniedHandler denied = (request, response, e) ->
                write(response, HttpServletResponse.SC_FORBIDDEN, FORBIDDEN);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
                // Embeds are made to be framed by partner sites (their own CSP says frame-ancestors *);
                // everything else keeps X-Frame-Options: DENY.
                .headers(headers -> headers.frameOptions(frame -> frame.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/embed/**")),
                                new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY))))
                .addFilterBefore(new TokenAuthenticationFilter(tokens, entryPoint), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**", "/api/v1/admin/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/entries/*/revisions").authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    private static void write(HttpServletResponse response, int status, String body) throws java.io.IOException {
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(body);
    }

    /** There are no users or passwords: this keeps Spring Boot from generating a default one. */
    @Bean
    UserDetailsService noUsers() {
        return username -> {
            throw new UsernameNotFoundException(username);
        };
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerResolver());
    }

    /** Lets controllers declare a {@link Caller} parameter: the anonymous public when no token was sent. */
    static final class CallerResolver implements HandlerMethodArgumentResolver {
        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Caller.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                NativeWebRequest request, WebDataBinderFactory binders) {
            return current();
        }
    }

    static Caller current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Caller caller ? caller
                : Caller.ANONYMOUS;
    }
}
