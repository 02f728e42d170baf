package org.entente.events.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.events.domain.Stance;
import org.entente.events.domain.StatementKind;
import org.entente.events.service.StatementWriter;
import org.entente.subgraph.graphql.PartialDateScalar;

@Input("StatementInput")
@Description("A statement to record, or the new state of one to update. Actor ids are checked against actors-service. "
        + "Texts are stripped of surrounding blanks; one longer than its limit is refused with BAD_USER_INPUT.")
public class StatementInput {
    @Description("Optional unique key chosen by the client, at most " + StatementWriter.MAX_KEY
            + " characters; recording with an existing key returns the existing statement unchanged.")
    public String key;

    @NonNull
    public StatementKind kind;

    @NonNull
    @Description("Must not be empty; at most " + StatementWriter.MAX_TEXT + " characters.")
    public String text;

    @Id
    @Description("Required unless kind is ASSESSMENT.")
    public Long speakerId;

    @Description("At most " + StatementWriter.MAX_SPEAKER_CAPACITY + " characters.")
    public String speakerCapacity;

    public PartialDateScalar date;

    @Id
    @Description("The event it was made at; must exist (else BAD_USER_INPUT).")
    public Long eventId;

    @Id
    @Description("Actors it is about. On update, null keeps the current ones and a list replaces them.")
    public List<@NonNull Long> aboutIds;

    public Stance stance;

    @Id
    @Description("The outlet that reported it.")
    public Long reportedById;

    @Id
    @Description("Required: the source that records it; must exist (else BAD_USER_INPUT).")
    public Long sourceId;
}
