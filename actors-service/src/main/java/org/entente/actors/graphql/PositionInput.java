package org.entente.actors.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.service.PositionWriter;
import org.entente.actors.service.Sources;
import org.entente.subgraph.graphql.PartialDateScalar;

@Input("PositionInput")
public class PositionInput {
    @Id
    @NonNull
    public Long holderId;

    @Id
    @NonNull
    public Long organizationId;

    @NonNull
    @Description("At most " + PositionWriter.MAX_TITLE + " characters.")
    public String title;

    public PartialDateScalar since;
    public PartialDateScalar until;

    @Id
    @NonNull
    @Description("At least one; each at most " + Sources.MAX_ID + " characters.")
    public List<@NonNull String> sourceIds;
}
