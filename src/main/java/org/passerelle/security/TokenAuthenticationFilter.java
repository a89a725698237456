package org.passerelle.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.passerelle.shared.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>}. No header means the anonymous public; a header with an
 * unknown, revoked or malformed token is refused with 401 even on public routes, so that a client
 * with a broken token learns it at once instead of silently seeing only public data.
 */
class TokenAuthenticationFilter extends OncePerRequestFilter {

    private static final int MAX_TOKEN_LENGTH = 200;

    private final TokenService tokens;
    private final AuthenticationEntryPoint entryPoint;

    TokenAuthenticationFilter(TokenService tokens, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Caller caller = null;
        if (header.regionMatches(true, 0, "Bearer ", 0, 7) && header.length() <= 7 + MAX_TOKEN_LENGTH) {
            caller = tokens.authenticate(header.substring(7).strip()).orElse(null);
        }
        if (caller == null) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("invalid token"));
            return;
        }
        var authority = new SimpleGrantedAuthority("ROLE_" + caller.role().name());
        var authentication = new UsernamePasswordAuthenticationToken(caller, null, List.of(authority));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        chain.doFilter(request, response);
    }
}
