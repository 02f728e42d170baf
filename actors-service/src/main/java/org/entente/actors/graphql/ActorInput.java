package org.entente.actors.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.domain.ActorKind;
import org.entente.actors.service.ActorWriter;

@Description("All fields of an actor. updateActor replaces every field with these values (absent = cleared). "
        + "Texts are stripped of surrounding blanks; one longer than its limit is refused with BAD_USER_INPUT.")
@Input("ActorInput")
public class ActorInput {
    @NonNull
    @Description(
            "Unique readable key: lower-case letters, digits and single dashes, e.g. `iran`, `csto-parliamentary-assembly`; "
                    + "at most " + ActorWriter.MAX_HANDLE + " characters.")
    public String handle;

    @NonNull
    public ActorKind kind;

    @NonNull
    @Description("At most " + ActorWriter.MAX_NAME + " characters.")
    public String name;

    @Description(
            "Spelling and transliteration variants of the name, each at most " + ActorWriter.MAX_ALIAS + " characters.")
    public List<@NonNull String> aliases;

    @Description("At most " + ActorWriter.MAX_DESCRIPTION + " characters.")
    public String description;

    @Description("ISO 3166-1 alpha-3 code, current or withdrawn (SUN, YUG, ...).")
    public String countryCode;

    @Description("Wikidata item, e.g. `Q7184`; at most " + ActorWriter.MAX_WIKIDATA_ID + " characters.")
    public String wikidataId;

    @Id
    @Description("The actor this one belongs to (a committee inside a parliament). Must not create a cycle.")
    public Long parentId;
}
