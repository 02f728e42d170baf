package org.entente.actors.service;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Input("PositionInput")
public class PositionInput {
    @Id @NonNull
    public Long holderId;
    @Id @NonNull
    public Long organizationId;
    @NonNull
    public String title;
    public PartialDate since;
    public PartialDate until;
    @Id @NonNull
    public List<@NonNull String> sourceIds;
}
