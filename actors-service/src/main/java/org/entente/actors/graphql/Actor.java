package org.entente.actors.graphql;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Key(fields = @FieldSet("id"))
public class Actor {
    @Id @NonNull public Long id;
    @NonNull public String handle;
    @NonNull public String name;
}
