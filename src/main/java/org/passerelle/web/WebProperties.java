package org.passerelle.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public pages, feeds and embeds.
 *
 * @param baseUrl        the public origin of the service (such as {@code https://passerelle.example.org}),
 *                       used in absolute links (JSON-LD, Atom, oEmbed, OpenGraph) and to recognise our
 *                       own URLs in oEmbed; when unset, the origin of each request is used
 * @param feedSize       entries in the Atom feed (the most recently published)
 * @param listingSize    entries in a listing (page, embed, widget) when {@code size} is not given
 * @param maxListingSize most entries a listing or promotions request may ask for
 * @param embedWidth     width of the oEmbed iframe when the consumer gives no {@code maxwidth}
 * @param embedHeight    height of the oEmbed iframe for a listing
 * @param minEmbedWidth  narrowest iframe we offer; a smaller {@code maxwidth} is a 404 as oEmbed asks
 */
@ConfigurationProperties("passerelle.web")
record WebProperties(
        String baseUrl,
        @DefaultValue("50") int feedSize,
        @DefaultValue("12") int listingSize,
        @DefaultValue("50") int maxListingSize,
        @DefaultValue("480") int embedWidth,
        @DefaultValue("600") int embedHeight,
        @DefaultValue("200") int minEmbedWidth) {
}
