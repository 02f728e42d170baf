package org.entente.actors.domain;

import org.eclipse.microprofile.graphql.Description;

@Description("The role of a member in an organization during one interval. A change of role is a new membership.")
public enum MembershipRole {
    MEMBER,
    FOUNDING_MEMBER,
    OBSERVER,
    APPLICANT,
    INVITED,
    DIALOGUE_PARTNER,
    PARTNER,
    SUSPENDED
}
