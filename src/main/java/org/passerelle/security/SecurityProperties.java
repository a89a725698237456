package org.passerelle.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminToken the admin's token ({@code PASSERELLE_ADMIN_TOKEN}); when unset, one is generated on
 *        first start, printed once, and only its hash is kept
 */
@ConfigurationProperties("passerelle")
record SecurityProperties(String adminToken) {
}
