/**
 * What partner sites and the public consume beyond search: territories with their published counts,
 * JSON-LD, the Atom feed, HTML pages for entries and listings, oEmbed, the embeddable listing and
 * widget, cross-promotion between partners, and the HTTP behaviour of public reads (CORS, rate
 * limiting). It composes the territory, entry and search features and none of them depends on it.
 */
package org.passerelle.web;
