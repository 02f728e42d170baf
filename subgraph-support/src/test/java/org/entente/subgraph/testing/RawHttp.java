package org.entente.subgraph.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends a {@link HostileRequests.Request} exactly as it is (method, content type or none, raw
 * bytes) over a plain socket, one connection per request, and reads the answer. An HTTP client
 * library would repair or refuse some of these requests; and a server may answer an oversized
 * request before it has read all of it, which a client library reports as a failed write.
 */
public final class RawHttp {

    /** The status, the headers (names in lower case) and the body of an answer. */
    public record Response(int status, Map<String, String> headers, String body) {}

    private static final int TIMEOUT_MS = 60_000;

    private RawHttp() {}

    /** Sends {@code request} to {@code endpoint} (e.g. {@code http://localhost:8081/graphql}). */
    public static Response send(URI endpoint, HostileRequests.Request request) {
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(TIMEOUT_MS);
            StringBuilder head = new StringBuilder()
                    .append(request.method())
                    .append(' ')
                    .append(endpoint.getRawPath())
                    .append(" HTTP/1.1\r\nHost: ")
                    .append(endpoint.getHost())
                    .append(':')
                    .append(endpoint.getPort())
                    .append("\r\nConnection: close\r\nContent-Length: ")
                    .append(request.body().length)
                    .append("\r\n");
            if (request.contentType() != null) {
                head.append("Content-Type: ").append(request.contentType()).append("\r\n");
            }
            request.headers()
                    .forEach((name, value) ->
                            head.append(name).append(": ").append(value).append("\r\n"));
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(request.body());
                out.flush();
            } catch (IOException answeredEarly) {
                // the server may refuse (413) and close before it has read the whole body
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + request, e);
        }
    }

    private static Response read(InputStream in) throws IOException {
        byte[] all = readAll(in);
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("incomplete answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).strip());
        }
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
            }
        } catch (IOException resetAfterAnswer) {
            if (out.size() == 0) {
                throw resetAfterAnswer;
            }
        }
        return out.toByteArray();
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, at);
            int size = Integer.parseInt(
                    new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }
}
