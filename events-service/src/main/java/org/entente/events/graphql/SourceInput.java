package org.entente.events.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SourceInput")
@Description("A source to add. When a source with the same URL exists (compared after normalizing scheme, host, "
        + "default port, trailing slash and fragment), that source is returned unchanged.")
public class SourceInput {
    @NonNull
    public String title;
    @Description("Absolute http(s) URL.")
    public String url;
    @Id
    @Description("Actor that published it; must exist in actors-service.")
    public Long publisherId;
    public PartialDateScalar publishedAt;
    @Description("ISO-8601 date or timestamp with offset; defaults to now.")
    public String retrievedAt;
}
