package org.entente.actors.graphql;

import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.entente.actors.repository.DatedFact;
import org.entente.actors.repository.FactWithActor;
import org.entente.actors.service.ActorReader;
import org.entente.actors.service.MembershipReader;
import org.entente.actors.service.PositionReader;
import org.entente.actors.domain.MembershipRole;
import org.entente.dates.PartialDate;
import org.entente.subgraph.graphql.PartialDateScalar;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fields of Actor that need other rows. Whatever the number of actors in a response, each
 * field (with given arguments) costs one SQL statement: fields without arguments are batched
 * by SmallRye over {@code @Source List<Actor>}, fields with arguments by {@link RequestLoader}.
 */
@GraphQLApi
public class ActorRelations {

    static final String AS_OF = "Only facts in force at this date: a fact is in force when its interval "
            + "[start of since, end of until] and the interval the date covers share at least one day; "
            + "a missing since or until is an open end. E.g. asOf `2007` matches a membership until `2007-05`.";

    /** Identifies a field and its arguments in the per-request cache. */
    private record FieldQuery(String field, PartialDate asOf, Set<MembershipRole> roles) {
    }

    /**
     * The roles to filter by; none (null or empty) means all. The argument is [MembershipRole], not
     * [MembershipRole!], because SmallRye would make a List<@NonNull X> argument mandatory (issue 753).
     */
    private static Set<MembershipRole> roleFilter(List<MembershipRole> roles) {
        Set<MembershipRole> filter = EnumSet.noneOf(MembershipRole.class);
        if (roles != null) roles.stream().filter(Objects::nonNull).forEach(filter::add);
        return filter;
    }

    @Inject
    RequestLoader loader;
    @Inject
    ActorReader actorReader;
    @Inject
    MembershipReader memberships;
    @Inject
    PositionReader positions;

    private static <F extends DatedFact> List<FactWithActor<F>> rows(Map<Long, List<FactWithActor<F>>> byActor) {
        return byActor.values().stream().flatMap(List::stream).toList();
    }

    @Description("The actor this one belongs to (a committee inside a parliament).")
    public List<Actor> parent(@Source List<Actor> actors) {
        Map<Long, Actor> parents = loader.actorsById(actors.stream().map(a -> a.parentId).filter(p -> p != null).toList());
        return actors.stream().map(a -> a.parentId == null ? null : parents.get(a.parentId)).toList();
    }

    @Description("Actors whose parent is this one, in name order.")
    public List<@NonNull List<@NonNull Actor>> children(@Source List<Actor> actors) {
        List<Long> ids = actors.stream().map(a -> a.id).distinct().toList();
        if (ids.isEmpty()) return List.of();
        Map<Long, List<Actor>> byParent = actorReader.childrenOf(ids).values().stream().flatMap(List::stream)
                .map(loader::actor).collect(Collectors.groupingBy(c -> c.parentId));
        return actors.stream().map(a -> byParent.getOrDefault(a.id, List.of())).toList();
    }

    @NonNull
    @Description("Memberships of this actor as member, oldest first.")
    public List<@NonNull Membership> memberships(@Source Actor actor, @Description(AS_OF) PartialDateScalar asOf,
                                                 List<MembershipRole> roles) {
        PartialDate date = PartialDateScalar.toDate(asOf);
        Set<MembershipRole> filter = roleFilter(roles);
        return loader.load(new FieldQuery("memberships", date, filter), actor.id,
                ids -> loader.memberships(loader.withActors(rows(memberships.ofMembers(ids, date, filter)))), m -> m.memberId);
    }

    @NonNull
    @Description("Memberships in this actor as organization, oldest first.")
    public List<@NonNull Membership> members(@Source Actor actor, @Description(AS_OF) PartialDateScalar asOf,
                                             List<MembershipRole> roles) {
        PartialDate date = PartialDateScalar.toDate(asOf);
        Set<MembershipRole> filter = roleFilter(roles);
        return loader.load(new FieldQuery("members", date, filter), actor.id,
                ids -> loader.memberships(loader.withActors(rows(memberships.ofOrganizations(ids, date, filter)))), m -> m.organizationId);
    }

    @NonNull
    @Description("Offices this actor holds or held, oldest first.")
    public List<@NonNull Position> positions(@Source Actor actor, @Description(AS_OF) PartialDateScalar asOf) {
        PartialDate date = PartialDateScalar.toDate(asOf);
        return loader.load(new FieldQuery("positions", date, Set.of()), actor.id,
                ids -> loader.positions(loader.withActors(rows(positions.ofHolders(ids, date)))), p -> p.holderId);
    }

    @NonNull
    @Description("Offices inside this organization and their holders, oldest first.")
    public List<@NonNull Position> officeHolders(@Source Actor actor, @Description(AS_OF) PartialDateScalar asOf) {
        PartialDate date = PartialDateScalar.toDate(asOf);
        return loader.load(new FieldQuery("officeHolders", date, Set.of()), actor.id,
                ids -> loader.positions(loader.withActors(rows(positions.ofOrganizations(ids, date)))), p -> p.organizationId);
    }
}
