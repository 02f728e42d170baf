package org.entente.actors.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
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
    public String title;

    public PartialDateScalar since;
    public PartialDateScalar until;

    @Id
    @NonNull
    public List<@NonNull String> sourceIds;
}
