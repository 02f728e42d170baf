package org.entente.events.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.events.domain.UrlNormalizer;
import org.entente.events.service.SourceWriter;
import org.entente.subgraph.graphql.PartialDateScalar;

@Input("SourceInput")
@Description(
        "A source to add. When a source with the same key, or with the same URL (compared after normalizing scheme, "
                + "host, default port, trailing slash and fragment), exists, that source is returned unchanged.")
public class SourceInput {
    @Description(
            "Optional client-chosen unique key, for a source without a URL (e.g. a dataset's name for it), at most "
                    + SourceWriter.MAX_KEY
                    + " characters; adding a source with a key that exists returns that source unchanged.")
    public String key;

    @NonNull
    @Description("At most " + SourceWriter.MAX_TITLE + " characters.")
    public String title;

    @Description("Absolute http(s) URL of at most " + UrlNormalizer.MAX_BYTES + " bytes (UTF-8).")
    public String url;

    @Id
    @Description("Actor that published it; must exist in actors-service.")
    public Long publisherId;

    public PartialDateScalar publishedAt;

    @Description("ISO-8601 date or timestamp with offset; defaults to now.")
    public String retrievedAt;
}
