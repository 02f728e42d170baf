package org.entente.cli.export;

/**
 * Text an XML 1.0 document may hold. A StAX writer escapes markup ({@code < & "}) but writes
 * control characters as they are, which no XML parser then reads; the API does not promise
 * texts without them, so each becomes U+FFFD.
 */
final class XmlText {
    private XmlText() {}

    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(allowed ? c : 0xFFFD);
            }
            i += Character.charCount(c);
        }
        return out == null ? text : out.toString();
    }
}
