package org.entente.events.graphql;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.events.domain.ParticipantRole;

@Input("ParticipantInput")
public class ParticipantInput {
    @Id
    @NonNull
    public Long actorId;

    @NonNull
    public ParticipantRole role;
}
