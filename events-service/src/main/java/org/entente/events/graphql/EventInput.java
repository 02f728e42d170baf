package org.entente.events.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.events.domain.EventType;
import org.entente.events.service.EventWriter;
import org.entente.subgraph.graphql.PartialDateScalar;

@Input("EventInput")
@Description("An event to record, or the new state of one to update. Actor ids are checked against actors-service. "
        + "Texts are stripped of surrounding blanks; one longer than its limit is refused with BAD_USER_INPUT.")
public class EventInput {
    @Description("Optional unique key chosen by the client (e.g. a dataset loader), at most " + EventWriter.MAX_KEY
            + " characters; recording with an existing key returns the existing event unchanged.")
    public String key;

    @NonNull
    public EventType type;

    @NonNull
    @Description("At most " + EventWriter.MAX_TITLE + " characters.")
    public String title;

    @Description("At most " + EventWriter.MAX_SUMMARY + " characters.")
    public String summary;

    @Description("When it happened (or began). Leave it out when the sources do not date the event rather than guess.")
    public PartialDateScalar date;

    @Description("Must not end before `date` begins.")
    public PartialDateScalar endDate;

    @Description("At most " + EventWriter.MAX_LOCATION + " characters.")
    public String location;

    @Description("Who took part. On update, null keeps the current participants and a list replaces them.")
    public List<@NonNull ParticipantInput> participants;

    @Id
    @Description(
            "Sources the event cites: at least one, each an existing source (else BAD_USER_INPUT). On update, null keeps the current sources.")
    public List<@NonNull Long> sourceIds;
}
