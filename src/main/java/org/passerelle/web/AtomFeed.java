package org.passerelle.web;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.passerelle.entry.Entry;
import org.passerelle.shared.Lang;
import org.passerelle.territory.Territory;

/**
 * Writes an Atom 1.0 feed (RFC 4287). The StAX writer escapes text and attributes; characters that
 * XML 1.0 cannot carry at all are dropped, so no entry can make the feed unreadable.
 */
final class AtomFeed {

    static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** What the feed is about, for its id and title. */
    record Scope(String selfUrl, String title, Lang lang) {
    }

    private AtomFeed() {
    }

    static String write(Scope scope, List<Entry> entries, Map<String, Territory> territories, PublicUrls urls) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            if (scope.lang() != null) {
                xml.writeAttribute("xml:lang", scope.lang().name());
            }
            element(xml, "id", scope.selfUrl());
            element(xml, "title", scope.title());
            Instant updated = entries.stream().map(Entry::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
            element(xml, "updated", updated.toString());
            link(xml, "self", scope.selfUrl(), "application/atom+xml");
            link(xml, "alternate", urls.base() + "/listing", "text/html");
            xml.writeStartElement("author");
            element(xml, "name", "Passerelle");
            xml.writeEndElement();
            element(xml, "generator", "Passerelle");
            for (Entry entry : entries) {
                entry(xml, entry, territories.get(entry.territory()), scope.lang(), urls);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the feed", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter xml, Entry entry, Territory territory, Lang lang, PublicUrls urls)
            throws XMLStreamException {
        var content = entry.content();
        Lang shown = lang != null ? lang : Lang.en;
        xml.writeStartElement("entry");
        element(xml, "id", urls.entryPage(entry.id()));
        String title = shown.pick(content.title());
        xml.writeStartElement("title");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(clean(title));
        xml.writeEndElement();
        element(xml, "updated", entry.updatedAt().toString());
        element(xml, "published", entry.publishedAt().toString());
        link(xml, "alternate", urls.entryPage(entry.id()), "text/html");
        link(xml, "related", urls.entryJson(entry.id()), "application/json");
        xml.writeStartElement("author");
        element(xml, "name", territory == null ? entry.territory() : shown.pick(territory.name()));
        if (territory != null && territory.website() != null) {
            element(xml, "uri", territory.website());
        }
        xml.writeEndElement();
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", content.kind().code());
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", entry.territory());
        xml.writeAttribute("scheme", urls.base() + "/api/v1/territories");
        String summary = shown.pick(content.summary());
        if (summary != null) {
            xml.writeStartElement("summary");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(clean(summary));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", clean(href));
    }

    /** Removes what XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(AtomFeed::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
