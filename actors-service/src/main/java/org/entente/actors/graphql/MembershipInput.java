package org.entente.actors.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.domain.MembershipRole;
import org.entente.actors.service.Sources;
import org.entente.subgraph.graphql.PartialDateScalar;

@Input("MembershipInput")
public class MembershipInput {
    @Id
    @NonNull
    public Long memberId;

    @Id
    @NonNull
    public Long organizationId;

    @NonNull
    public MembershipRole role;

    public PartialDateScalar since;
    public PartialDateScalar until;

    @Id
    @NonNull
    @Description("At least one; each at most " + Sources.MAX_ID + " characters.")
    public List<@NonNull String> sourceIds;
}
