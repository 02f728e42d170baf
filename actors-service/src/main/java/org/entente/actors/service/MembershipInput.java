package org.entente.actors.service;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Input("MembershipInput")
public class MembershipInput {
    @Id @NonNull
    public Long memberId;
    @Id @NonNull
    public Long organizationId;
    @NonNull
    public MembershipRole role;
    public PartialDate since;
    public PartialDate until;
    @Id @NonNull
    public List<@NonNull String> sourceIds;
}
