package org.jornada.channel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class TwimlTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    /** The texts of the {@code <Message>} elements as an XML parser reads them back. */
    private static List<String> messages(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("Response", doc.getDocumentElement().getTagName());
        NodeList nodes = doc.getElementsByTagName("Message");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void noReplyIsAnEmptyResponse() {
        assertEquals(HEAD + "<Response/>", Twiml.of(List.of()));
        assertEquals(HEAD + "<Response/>", Twiml.of(" ", ""));
        assertEquals(HEAD + "<Response/>", Twiml.of((List<String>) null));
    }

    @Test
    void eachReplyIsAMessageInOrder() throws Exception {
        String xml = Twiml.of("Hola", "Tu código: 1234 5678 9012 3456 7890");
        assertEquals(HEAD + "<Response><Message>Hola</Message><Message>Tu código: 1234 5678 9012 3456 7890</Message>"
                + "</Response>", xml);
        assertEquals(List.of("Hola", "Tu código: 1234 5678 9012 3456 7890"), messages(xml));
    }

    @Test
    void hostileTextIsEscapedAndReadsBackAsWritten() throws Exception {
        String hostile = "</Message><Redirect>https://evil.example</Redirect><Message>& ]]> <![CDATA[x]]> \"'";
        String xml = Twiml.of(hostile);
        assertEquals(List.of(hostile), messages(xml));
        assertEquals(HEAD + "<Response><Message>&lt;/Message&gt;&lt;Redirect&gt;https://evil.example&lt;/Redirect&gt;"
                + "&lt;Message&gt;&amp; ]]&gt; &lt;![CDATA[x]]&gt; &quot;&apos;</Message></Response>", xml);
    }

    @Test
    void charactersXmlCannotCarryAreDropped() throws Exception {
        String xml = Twiml.of("a\u0000b\u0007c\u001Bd\uFFFEe\uD800f\tg\nh 👍");
        assertEquals(List.of("abcdef\tg\nh 👍"), messages(xml));
    }
}
