package org.entente.events.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.entente.subgraph.errors.ClientException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlNormalizerTest {

    @ParameterizedTest
    @CsvSource({
        "https://example.org/news/1,                 https://example.org/news/1",
        "HTTPS://Example.ORG/news/1,                 https://example.org/news/1",
        "https://example.org:443/news/1/,            https://example.org/news/1",
        "http://example.org:80/news/1#comments,      http://example.org/news/1",
        "https://example.org:8443/a,                 https://example.org:8443/a",
        "https://example.org/,                       https://example.org",
        "https://example.org/a?id=7&lang=en,         https://example.org/a?id=7&lang=en",
        "'  https://example.org/Case/Path  ',        https://example.org/Case/Path",
    })
    void reducesUrlsToTheirIdentity(String url, String key) {
        assertEquals(key, UrlNormalizer.normalize(url));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "example.org/news",
                "ftp://example.org/file",
                "not a url",
                "https:///path",
                "mailto:a@example.org"
            })
    void refusesWhatIsNotAnAbsoluteHttpUrl(String url) {
        assertThrows(ClientException.class, () -> UrlNormalizer.normalize(url));
    }
}
