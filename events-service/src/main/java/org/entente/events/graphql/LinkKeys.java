package org.entente.events.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.events.domain.LinkKeyPage;

@Description(
        "An actor's links through events and statements as compact keys, for graph searches (Actor.linkKeysOfEvents).")
public class LinkKeys {
    @NonNull
    @Description("Keys separated by single spaces (one string: an actor's hundreds of keys would otherwise be as "
            + "many list elements to serialize); empty when there are none. "
            + "`EVENT:<event id>:<actor id>:<role>:<other actor id>:<other role>` for every other participation in "
            + "each of the actor's events (one per pair of roles when an actor took part in several), then "
            + "`STATEMENT:<statement id>:<speaker id>:<subject id>:<date>` (date empty when undated) for every subject "
            + "other than the speaker of each statement the actor made or that is about it, when the actor is the "
            + "speaker or that subject. Unattributed statements link no one.")
    public String keys;

    @NonNull
    @Description("Whether the actor has more events, statements or statements about it than `first`: their keys are "
            + "missing.")
    public boolean truncated;

    static LinkKeys from(LinkKeyPage page) {
        LinkKeys keys = new LinkKeys();
        keys.keys = String.join(" ", page.keys());
        keys.truncated = page.truncated();
        return keys;
    }
}
