package org.jiuzhu.portal.notice.web;

import org.jiuzhu.core.notice.Markdown;
import org.jiuzhu.core.notice.Notice;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

/** The published notices as an Atom feed (RFC 4287), written by an XML writer so that every text is escaped. */
final class NoticeFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private NoticeFeed() {
    }

    static String atom(String base, List<Notice> notices, Markdown markdown) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "title", "救助通 政策公告");
            text(xml, "id", base + "notices");
            text(xml, "updated", notices.stream().map(Notice::updatedAt).max(Instant::compareTo)
                    .orElse(Instant.EPOCH).toString());
            link(xml, base + "feeds/notices.atom", "self");
            link(xml, base + "notices", "alternate");
            for (Notice n : notices) {
                xml.writeStartElement("entry");
                text(xml, "title", n.title());
                text(xml, "id", base + "notices/" + n.id());
                text(xml, "published", n.publishAt().toString());
                text(xml, "updated", n.updatedAt().isAfter(n.publishAt()) ? n.updatedAt().toString()
                        : n.publishAt().toString());
                link(xml, base + "notices/" + n.id(), "alternate");
                xml.writeStartElement("author");
                text(xml, "name", "救助通");
                xml.writeEndElement();
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(markdown.html(n.body()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the notice feed", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String href, String rel) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("href", href);
        xml.writeAttribute("rel", rel);
    }
}
