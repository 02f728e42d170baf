package org.entente.cli.generate;

import java.util.List;

/** One actor row, before encoding. {@code parentId} and the optional fields may be null. */
public record GeneratedActor(
        long id,
        String handle,
        String kind,
        String name,
        List<String> aliases,
        String description,
        String countryCode,
        String wikidataId,
        Long parentId) {

    String searchText() {
        return SearchKey.of(name, aliases);
    }

    void encode(CopyRow row) {
        row.number(id)
                .text(handle)
                .text(kind)
                .text(name)
                .array(aliases)
                .text(description)
                .text(countryCode)
                .text(wikidataId)
                .number(parentId)
                .text(searchText())
                .number(0);
    }

    static final String COLUMNS =
            "id, handle, kind, name, aliases, description, country_code, wikidata_id, parent_id, search_text, version";
}
