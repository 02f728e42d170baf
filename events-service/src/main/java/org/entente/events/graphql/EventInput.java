package org.entente.events.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.events.domain.EventType;
import org.entente.subgraph.graphql.PartialDateScalar;

@Input("EventInput")
@Description("An event to record, or the new state of one to update. Actor ids are checked against actors-service.")
public class EventInput {
    @Description(
            "Optional unique key chosen by the client (e.g. a dataset loader); recording with an existing key returns the existing event unchanged.")
    public String key;

    @NonNull
    public EventType type;

    @NonNull
    public String title;

    public String summary;

    @Description("When it happened (or began). Leave it out when the sources do not date the event rather than guess.")
    public PartialDateScalar date;

    @Description("Must not end before `date` begins.")
    public PartialDateScalar endDate;

    public String location;

    @Description("Who took part. On update, null keeps the current participants and a list replaces them.")
    public List<@NonNull ParticipantInput> participants;

    @Id
    @Description(
            "Sources the event cites: at least one, each an existing source (else BAD_USER_INPUT). On update, null keeps the current sources.")
    public List<@NonNull Long> sourceIds;
}
